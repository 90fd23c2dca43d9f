namespace Headless.Infrastructure.Auditing;

/// <summary>Who acts: a caller kind (<c>staff</c>, <c>api_key</c>, <c>anonymous</c>) and their ID.</summary>
public sealed record AuditActor(string Kind, string? Id)
{
    public static AuditActor Anonymous { get; } = new("anonymous", null);

    /// <summary>How the actor is named in an order's history, e.g. <c>staff:0193…</c>.</summary>
    public string Label => Id is null ? Kind : $"{Kind}:{Id}";
}
