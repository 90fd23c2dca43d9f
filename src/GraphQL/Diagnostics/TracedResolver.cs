using System.Diagnostics;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Diagnostics;

/// <summary>
/// A span around one field's resolver, for fields that do I/O (opted in with <see cref="SchemaBuilder.TraceResolver"/>).
/// Never the default: a span per scalar field would cost more than the fields themselves.
/// </summary>
internal static class TracedResolver
{
    public static FieldResolver Wrap(string typeName, string fieldName, FieldResolver resolve)
    {
        var spanName = typeName + "." + fieldName;
        return context => GraphQLTelemetry.Source.HasListeners() ? TraceAsync(spanName, typeName, fieldName, resolve, context) : resolve(context);
    }

    private static async ValueTask<object?> TraceAsync(string spanName, string typeName, string fieldName, FieldResolver resolve, IResolveFieldContext context)
    {
        using var span = GraphQLTelemetry.Source.StartActivity(spanName);
        span?.SetTag(GraphQLTelemetry.FieldNameAttribute, fieldName);
        span?.SetTag(GraphQLTelemetry.ParentTypeAttribute, typeName);
        span?.SetTag(GraphQLTelemetry.FieldPathAttribute, context.Path.ToString());
        try
        {
            // Back on the operation's context: the DataLoader dispatcher counts work that resumes there.
            return await resolve(context).ConfigureAwait(true);
        }
        catch (Exception error)
        {
            span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            throw;
        }
    }
}
