namespace Headless.Api.Admin;

/// <summary>The <c>AdminError</c> type: a business failure reported in a mutation's payload.</summary>
internal sealed record AdminError(string Code, string Message, string? Field = null)
{
    public static IReadOnlyList<AdminError> None { get; } = [];

    public static IReadOnlyList<AdminError> One(string code, string message, string? field = null) => [new AdminError(code, message, field)];
}
