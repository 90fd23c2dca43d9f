namespace Headless.GraphQL.Execution;

/// <summary>Switches that change how the executor reports and bounds work.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// Development only: resolver exceptions report their own message (and type in <c>extensions.exception</c>)
    /// instead of "Unexpected error.".
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Stop coercing variables after this many errors (graphql-js maxErrors), so hostile input costs little.</summary>
    public int MaxVariableErrors { get; init; } = 50;
}
