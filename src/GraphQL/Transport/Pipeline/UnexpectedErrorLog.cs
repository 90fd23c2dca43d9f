using System.Runtime.CompilerServices;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// Logs the errors a client only sees as <c>INTERNAL_SERVER_ERROR</c>: the exception behind them, with its stack,
/// the operation, the field's path and the request's trace identifier. Clients never get the stack (outside
/// Development not even the message), so this log is where an operator finds out what went wrong.
/// </summary>
internal sealed partial class UnexpectedErrorLog(ILogger logger)
{
    public void Record(ExecutionResult result, OperationDefinitionNode? operation, RequestContext context)
    {
        if (result.Errors.Count == 0 || !logger.IsEnabled(LogLevel.Error))
        {
            return;
        }

        foreach (var error in result.Errors)
        {
            if (error.Code == ErrorCodes.InternalServerError && error.OriginalException is { } exception)
            {
                var path = error.Path is { } segments ? string.Join('.', segments) : "(request)";
                LogUnexpected(logger, operation?.Name?.Value ?? "(anonymous)", path, context.HttpContext.TraceIdentifier, exception);
            }
        }
    }

    /// <summary>The subscription's events, each recorded as it passes.</summary>
    public async IAsyncEnumerable<ExecutionResult> Watch(
        IAsyncEnumerable<ExecutionResult> events,
        OperationDefinitionNode? operation,
        RequestContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in events.WithCancellation(cancellationToken))
        {
            Record(result, operation, context);
            yield return result;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL operation {OperationName} failed unexpectedly at {Path} (trace {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, string operationName, string path, string traceId, Exception exception);
}
