namespace Headless.Infrastructure.Auditing;

/// <summary>Which audit entries to read; every given member must match (<see cref="To"/> is exclusive).</summary>
public sealed record AuditFilter(string? ActorId = null, string? Action = null, string? TargetType = null, string? TargetId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
