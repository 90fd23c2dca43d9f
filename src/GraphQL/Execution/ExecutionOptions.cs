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

    /// <summary>
    /// Leave "Did you mean …?" hints out of variable coercion messages, as validation does for the same request:
    /// for callers who may not see the schema, a hint would reveal it name by name.
    /// </summary>
    public bool HideSuggestions { get; init; }

    /// <summary>
    /// Lets the host name what an unexpected resolver exception means (e.g. an unreachable database as
    /// <see cref="Errors.ErrorCodes.ServiceUnavailable"/>) without the engine knowing the libraries that throw it.
    /// Returns the error's message and code, or null for the default <c>INTERNAL_SERVER_ERROR</c>. The exception
    /// stays attached to the error for the server log.
    /// </summary>
    public Func<Exception, (string Message, string Code)?>? ClassifyException { get; init; }

    /// <summary>
    /// The claim type whose values are the caller's permissions, read by <c>@requires(permission: …)</c>. The engine
    /// knows no vocabulary of its own; the host names its claim here.
    /// </summary>
    public string PermissionClaimType { get; init; } = "permission";

    /// <summary>
    /// Told of every field refused by its access rule (<c>@requires</c>, <c>@authenticated</c>), so the host can audit
    /// refusals. It runs on the execution path once per refused field occurrence: keep it quick and non-throwing.
    /// </summary>
    public Action<Authorization.AccessRefusedEvent>? OnAccessRefused { get; init; }
}
