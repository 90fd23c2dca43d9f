using System.Reflection;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// Schema-first: builds a <see cref="Schema"/> from SDL (the contract) plus a resolver map written in C#.
/// Unbound fields use <see cref="DefaultFieldResolver"/>; unbound abstract types use <see cref="DefaultTypeResolver"/>.
/// <see cref="Build(SchemaBuildOptions)"/> reports every problem at once in one <see cref="SchemaBuildException"/>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private static readonly ConcurrentTaskResults TaskResults = new();

    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscriptions = [];
    private readonly Dictionary<(string Type, string Field), Delegate> _boundResolvers = [];
    private readonly Dictionary<(string Type, string Field), Delegate> _boundSubscriptions = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enumBindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _inputBindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _objectBindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly HashSet<(string Type, string Field)> _tracedFields = [];

    public static SchemaBuilder FromSdl(params string[] sdl)
    {
        var builder = new SchemaBuilder();
        foreach (var source in sdl)
        {
            builder.AddSdl(source);
        }

        return builder;
    }

    public static SchemaBuilder FromFiles(params string[] paths)
    {
        var builder = new SchemaBuilder();
        foreach (var path in paths)
        {
            builder.AddSdl(File.ReadAllText(path));
        }

        return builder;
    }

    /// <summary>Every <c>*.graphql</c> file under <paramref name="directory"/>, in ordinal path order so builds are repeatable.</summary>
    public static SchemaBuilder FromDirectory(string directory, string searchPattern = "*.graphql") =>
        FromFiles([.. Directory.GetFiles(directory, searchPattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)]);

    public SchemaBuilder AddSdl(string sdl) => AddDocument(Parser.Parse(sdl, ParserOptions.Trusted));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>A synchronous resolver; a returned <see cref="Task"/> is awaited and its result used.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<IResolveFieldContext, object?> resolver) =>
        AddResolver(typeName, fieldName, context => TaskResults.Unwrap(resolver(context)));

    /// <summary>
    /// A resolver whose parameters are the field's arguments, bound by name and type:
    /// <c>AddResolver("Query", "product", (string? id, string? slug, IResolveFieldContext context) => …)</c>.
    /// Parameters of type <see cref="IResolveFieldContext"/> and <see cref="CancellationToken"/> receive the context
    /// and its token. Every parameter is checked against its argument when the schema is built (name, type,
    /// nullability, lists, enums, scalars' CLR types, input objects as records), and the build lists every mismatch.
    /// A returned <see cref="Task"/> is awaited and its result used.
    /// </summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Delegate resolver)
    {
        _boundResolvers[(typeName, fieldName)] = resolver;
        _resolvers[(typeName, fieldName)] = static _ => throw new InvalidOperationException("Bound when the schema is built.");
        return this;
    }

    /// <summary>
    /// A subscription root field's source stream from a delegate whose parameters are bound like
    /// <see cref="AddResolver(string, string, Delegate)"/>'s; it returns <c>IAsyncEnumerable&lt;object?&gt;</c>,
    /// or a <see cref="Task{T}"/> or <see cref="ValueTask{T}"/> of one. Each event is the field's value.
    /// </summary>
    public SchemaBuilder AddSubscription(string typeName, string fieldName, Delegate subscribe)
    {
        _boundSubscriptions[(typeName, fieldName)] = subscribe;
        return AddSubscription(typeName, fieldName, static _ => throw new InvalidOperationException("Bound when the schema is built."));
    }

    /// <summary>Binds a subscription root field's source stream; without <paramref name="resolve"/> each event is the field's value.</summary>
    public SchemaBuilder AddSubscription(string typeName, string fieldName, SubscriptionResolver subscribe, FieldResolver? resolve = null)
    {
        _subscriptions[(typeName, fieldName)] = subscribe;
        _resolvers[(typeName, fieldName)] = resolve ?? (context => new ValueTask<object?>(context.Source));
        return this;
    }

    /// <summary>Binds a subscription root field to a stream of events; each event is the field's value.</summary>
    public SchemaBuilder AddSubscription<T>(string typeName, string fieldName, Func<IResolveFieldContext, IAsyncEnumerable<T>> subscribe) =>
        AddSubscription(typeName, fieldName, context => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(context))));

    /// <summary>
    /// Gives each call of these fields' resolvers a span (named <c>Type.field</c>) when something listens to
    /// <see cref="Diagnostics.GraphQLTelemetry.Source"/>. For fields that do I/O (a query, a call to a provider), whose
    /// time is worth seeing on its own; the build fails for a field that does not exist.
    /// </summary>
    public SchemaBuilder TraceResolver(string typeName, params string[] fieldNames)
    {
        foreach (var fieldName in fieldNames)
        {
            _tracedFields.Add((typeName, fieldName));
        }

        return this;
    }

    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>
    /// Maps the enum's values to members of <typeparamref name="TEnum"/>, ignoring case and underscores
    /// (<c>IN_STOCK</c> ↔ <c>InStock</c>); the build fails when a GraphQL value has no member.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName)
        where TEnum : struct, Enum
    {
        _enumBindings[enumName] = typeof(TEnum);
        return this;
    }

    /// <summary>
    /// Resolvers receive the input object as <typeparamref name="T"/> (a record whose members mirror its fields:
    /// <c>cartId</c> ↔ <c>CartId</c>). The build checks every member against the SDL and lists every mismatch.
    /// </summary>
    public SchemaBuilder BindInput<T>(string inputName)
    {
        _inputBindings[inputName] = typeof(T);
        return this;
    }

    /// <summary>Values of the object type are instances of <typeparamref name="T"/>: checks fields against its members and resolves abstract types.</summary>
    public SchemaBuilder BindObject<T>(string objectName)
    {
        _objectBindings[objectName] = typeof(T);
        return this;
    }

    /// <summary>The implementation of a custom scalar the SDL declares with <c>scalar Name</c>.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    public Schema Build(bool requireResolvers = true) =>
        Build(requireResolvers ? SchemaBuildOptions.Default : SchemaBuildOptions.WithoutResolvers);

    public Schema BuildWithoutResolvers() => Build(SchemaBuildOptions.WithoutResolvers);

    public Schema Build(SchemaBuildOptions options)
    {
        var build = new Construction(this, options);
        var schema = build.Run();
        if (build.Errors.Count > 0)
        {
            throw new SchemaBuildException(build.Errors);
        }

        return schema;
    }

    private static ValueTask<IAsyncEnumerable<object?>> SourceStream(object? result) => result switch
    {
        ValueTask<IAsyncEnumerable<object?>> pending => pending,
        Task<IAsyncEnumerable<object?>> pending => new ValueTask<IAsyncEnumerable<object?>>(pending),
        IAsyncEnumerable<object?> stream => new ValueTask<IAsyncEnumerable<object?>>(stream),
        _ => throw new InvalidOperationException($"A subscription delegate returned {result?.GetType().Name ?? "null"}, not a stream of events."),
    };

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source)
    {
        await foreach (var item in source)
        {
            yield return item;
        }
    }

    /// <summary>Awaits tasks returned by synchronous-looking resolvers and reads their result without per-call reflection.</summary>
    private sealed class ConcurrentTaskResults
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo?> _resultProperties = new();

        public ValueTask<object?> Unwrap(object? value) => value is Task task ? Await(task) : new ValueTask<object?>(value);

        private async ValueTask<object?> Await(Task task)
        {
            await task.ConfigureAwait(false);
            var property = _resultProperties.GetOrAdd(
                task.GetType(),
                static type => type.IsGenericType ? type.GetProperty(nameof(Task<object>.Result)) : null);
            var result = property?.GetValue(task);
            return result?.GetType().FullName == "System.Threading.Tasks.VoidTaskResult" ? null : result;
        }
    }
}
