namespace Headless.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values the engine emits, in one place so clients can rely on them.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string InvalidResult = "INVALID_RESULT";
    public const string Cancelled = "REQUEST_CANCELLED";
    public const string InvalidSchema = "GRAPHQL_SCHEMA_INVALID";
}
