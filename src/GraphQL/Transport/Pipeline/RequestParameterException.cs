namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// The request is not a well-formed GraphQL request (bad JSON, <c>query</c> not a string, ...): refused before any
/// GraphQL processing, with a 4xx status whatever the response media type.
/// </summary>
public sealed class RequestParameterException(string message, string code, int statusCode = 400) : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;
}
