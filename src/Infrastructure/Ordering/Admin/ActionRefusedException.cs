namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>A staff action refused for a reason the domain does not name (input that does not fit the order).</summary>
internal sealed class ActionRefusedException(string code, string message, string? field) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
