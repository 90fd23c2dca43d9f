namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>AuditLogFilter</c> input.</summary>
internal sealed record AuditLogFilter(string? ActorId, string? Action, string? TargetType, string? TargetId, DateTimeOffset? From, DateTimeOffset? To);
