namespace Headless.Infrastructure.Pipeline;

/// <summary>A step that failed its last attempt, as staff see it.</summary>
public sealed record ParkedStep(Guid Id, Guid OrderId, string OrderNumber, string Handler, int Attempts, string? Reason, DateTimeOffset CreatedAt);
