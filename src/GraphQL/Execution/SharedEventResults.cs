using System.Collections.Concurrent;
using System.Text.Json;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Execution;

/// <summary>
/// One execution per shareable event (<see cref="IShareableEvent"/>), document, operation, variables and options,
/// shared by every anonymous subscriber that gets the event: ten thousand subscribers of one event cost one execution
/// and one serialized response rather than ten thousand. A result with errors is not shared (errors may come from
/// one subscriber's circumstances, such as its connection closing), and an entry is forgotten soon after.
/// </summary>
internal sealed class SharedEventResults
{
    /// <summary>How long a result answers later subscribers of the same event: they all get the event within moments.</summary>
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Key, Lazy<Task<ExecutionResult>>> _results = new();

    /// <summary>
    /// The part of the key that one subscription fixes, or null when its events must not be shared: an authenticated
    /// caller (whose response may depend on who they are) or variables that cannot be put into a key.
    /// </summary>
    public static Scope? ScopeOf(ExecutionRequest request)
    {
        if (request.User?.Identity?.IsAuthenticated == true)
        {
            return null;
        }

        string variables;
        try
        {
            variables = request.VariableValues is null ? "" : JsonSerializer.Serialize(request.VariableValues);
        }
        catch (Exception error) when (error is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }

        return new Scope(request.Document, request.OperationName, variables, request.Options);
    }

    public async Task<ExecutionResult> GetOrExecuteAsync(Scope scope, object eventKey, Func<Task<ExecutionResult>> execute, CancellationToken ct)
    {
        var key = new Key(scope, eventKey);
        var shared = _results.GetOrAdd(key, k => new Lazy<Task<ExecutionResult>>(() => RunAsync(k, execute)));
        return await shared.Value.WaitAsync(ct).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> RunAsync(Key key, Func<Task<ExecutionResult>> execute)
    {
        try
        {
            return await execute().ConfigureAwait(false);
        }
        finally
        {
            _ = ForgetLaterAsync(key);
        }
    }

    private async Task ForgetLaterAsync(Key key)
    {
        await Task.Delay(Linger).ConfigureAwait(false);
        _results.TryRemove(key, out _);
    }

    /// <summary>Compared by reference for the document (the document cache hands out one node per text), by value for the rest.</summary>
    internal sealed record Scope(DocumentNode Document, string? OperationName, string Variables, ExecutionOptions Options)
    {
        public bool Equals(Scope? other) =>
            other is not null && ReferenceEquals(Document, other.Document) && OperationName == other.OperationName
            && Variables == other.Variables && Options == other.Options;

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Document), OperationName, Variables);
    }

    private readonly record struct Key(Scope Scope, object EventKey);
}
