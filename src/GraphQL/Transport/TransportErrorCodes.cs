namespace Headless.GraphQL.Transport;

/// <summary>The <c>extensions.code</c> values of errors the transports raise (the engine's are in <c>ErrorCodes</c>).</summary>
public static class TransportErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string BatchingDisabled = "BATCHING_DISABLED";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string DocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string DocumentNotTrusted = "DOCUMENT_NOT_TRUSTED";

    /// <summary>An operation rule refused the request for its rate; HTTP answers 429 (the rule sets <c>Retry-After</c>).</summary>
    public const string RateLimited = "RATE_LIMITED";
}
