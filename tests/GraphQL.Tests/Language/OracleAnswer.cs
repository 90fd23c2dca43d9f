namespace Headless.GraphQL.Tests.Language;

/// <summary>What a parser made of one source: printed text, or a syntax error with its position.</summary>
internal sealed record OracleAnswer(string? Printed, string? Message, int Line, int Column, string? Crash = null)
{
    public override string ToString() =>
        Crash is not null ? $"crash: {Crash}"
        : Printed is not null ? $"printed:\n{Printed}"
        : $"error at {Line}:{Column}: {Message}";
}
