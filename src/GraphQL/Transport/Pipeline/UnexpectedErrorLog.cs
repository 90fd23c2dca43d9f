using System.Runtime.CompilerServices;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// Logs the errors a client only sees as <c>INTERNAL_SERVER_ERROR</c> (or <c>SERVICE_UNAVAILABLE</c>, a server fault too): the exception behind them, with its stack,
/// the operation, the field's path and the request's trace identifier. Clients never get the stack (outside
/// Development not even the message), so this log is where an operator finds out what went wrong; the error
/// the client gets carries the same identifier as <c>extensions.requestId</c>, to quote when reporting it.
/// </summary>
internal sealed partial class UnexpectedErrorLog(ILogger logger)
{
    public const string RequestIdExtension = "requestId";

    /// <summary>Logs the result's unexpected errors and returns it with their request identifiers.</summary>
    public ExecutionResult Record(ExecutionResult result, OperationDefinitionNode? operation, RequestContext context)
    {
        if (!result.Errors.Any(IsUnexpected))
        {
            return result;
        }

        var requestId = context.HttpContext.TraceIdentifier;
        var errors = new List<GraphQLError>(result.Errors.Count);
        foreach (var error in result.Errors)
        {
            if (!IsUnexpected(error))
            {
                errors.Add(error);
                continue;
            }

            var path = error.Path is { } segments ? string.Join('.', segments) : "(request)";
            LogUnexpected(logger, operation?.Name?.Value ?? "(anonymous)", path, requestId, error.OriginalException!);
            errors.Add(error.WithExtension(RequestIdExtension, requestId));
        }

        return result with { Errors = errors };
    }

    private static bool IsUnexpected(GraphQLError error) =>
        error.Code is ErrorCodes.InternalServerError or ErrorCodes.ServiceUnavailable && error.OriginalException is not null;

    /// <summary>The subscription's events, each recorded (and tagged) as it passes.</summary>
    public async IAsyncEnumerable<ExecutionResult> Watch(
        IAsyncEnumerable<ExecutionResult> events,
        OperationDefinitionNode? operation,
        RequestContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in events.WithCancellation(cancellationToken))
        {
            yield return Record(result, operation, context);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL operation {OperationName} failed unexpectedly at {Path} (request {RequestId})")]
    private static partial void LogUnexpected(ILogger logger, string operationName, string path, string requestId, Exception exception);
}
