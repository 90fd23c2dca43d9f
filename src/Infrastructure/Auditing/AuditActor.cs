namespace Headless.Infrastructure.Auditing;

/// <summary>Who acts: a caller kind (<c>staff</c>, <c>api_key</c>, <c>anonymous</c>, <c>system</c>) and their ID.</summary>
public sealed record AuditActor(string Kind, string? Id)
{
    public const string SystemKind = "system";

    public static AuditActor Anonymous { get; } = new("anonymous", null);

    /// <summary>A background task acting outside any request (a sweep): its name stands where a caller's ID would.</summary>
    public static AuditActor System(string task) => new(SystemKind, task);

    /// <summary>How the actor is named in an order's history, e.g. <c>staff:0193…</c>.</summary>
    public string Label => Id is null ? Kind : $"{Kind}:{Id}";
}
