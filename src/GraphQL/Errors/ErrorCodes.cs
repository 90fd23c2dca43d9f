namespace Headless.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values the engine emits, in one place so clients can rely on them.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>
    /// A dependency the server needs (a database, a cache) could not be reached: retrying later may succeed.
    /// The engine never decides this itself; the host's <see cref="Execution.ExecutionOptions.ClassifyException"/> does.
    /// </summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string InvalidResult = "INVALID_RESULT";
    public const string Cancelled = "REQUEST_CANCELLED";
    public const string InvalidSchema = "GRAPHQL_SCHEMA_INVALID";

    /// <summary>A field declared <c>@authenticated</c> or <c>@requires</c> was asked for without an authenticated identity.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>A field declared <c>@requires(permission: …)</c> was asked for by a caller without that permission.</summary>
    public const string Forbidden = "FORBIDDEN";
}
