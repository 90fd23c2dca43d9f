namespace Headless.Domain.SeedWork;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable so the API can map it to a typed user error
/// without parsing the message.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    public string Code { get; }
}
