using System.Text.Json;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Execution.Differential;

/// <summary>
/// The C# twin of tests/js/execution-oracle.mjs: one resolver for every field, chosen by naming convention, over the
/// data in data.json (entities referenced as <c>{"$ref": id}</c>). Fields named throw* throw, echo* return their
/// arguments, async* resolve later, everything else reads the parent.
/// </summary>
internal sealed class DifferentialResolvers
{
    private readonly Dictionary<string, object?> _entities;

    public DifferentialResolvers(JsonElement data)
    {
        _entities = ExternalValue.FromJsonObject(data.GetProperty("entities"));
        Root = ExternalValue.FromJsonObject(data.GetProperty("root"));
    }

    public Dictionary<string, object?> Root { get; }

    public static Schema BuildSchema(string sdl, DifferentialResolvers resolvers)
    {
        var schema = SchemaBuilder.FromSdl(sdl).BuildWithoutResolvers();
        foreach (var type in schema.TypeMap.Values.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Values)
            {
                var typeName = type.Name;
                var fieldName = field.Name;
                field.Resolve = context => resolvers.Resolve(typeName, fieldName, context);
            }
        }

        return schema;
    }

    private ValueTask<object?> Resolve(string typeName, string fieldName, IResolveFieldContext context)
    {
        if (fieldName.StartsWith("throw", StringComparison.Ordinal) || fieldName == "nonNullThrow")
        {
            throw new InvalidOperationException($"boom {typeName}.{fieldName}");
        }

        var args = context.Arguments;
        var state = (MutationState)context.Items["state"]!;
        if (typeName == "Mutation")
        {
            switch (fieldName)
            {
                case "increment":
                    return new ValueTask<object?>(state.Counter += (int)args["by"]!);
                case "appendLog":
                    state.Log.Add((string)args["entry"]!);
                    return new ValueTask<object?>(state.Log.ToList());
            }
        }

        if (fieldName.StartsWith("echo", StringComparison.Ordinal))
        {
            if (args.TryGetValue("input", out var input))
            {
                return new ValueTask<object?>(JsonSerializer.Serialize(input));
            }

            return new ValueTask<object?>(args.TryGetValue("values", out var values) ? values : args.GetValueOrDefault("value"));
        }

        switch (fieldName)
        {
            case "user" or "node":
                return new ValueTask<object?>(_entities.GetValueOrDefault((string)args["id"]!));
            case "nodes":
                return new ValueTask<object?>(((IEnumerable<object?>)args["ids"]!).Select(id => _entities.GetValueOrDefault((string)id!)).ToList());
        }

        var source = (IReadOnlyDictionary<string, object?>)context.Source!;
        if (fieldName.StartsWith("async", StringComparison.Ordinal))
        {
            var inner = char.ToLowerInvariant(fieldName[5]) + fieldName[6..];
            return new ValueTask<object?>(Task.Run(async () =>
            {
                await Task.Delay(1).ConfigureAwait(false);
                return Deref(source.GetValueOrDefault(inner));
            }));
        }

        return new ValueTask<object?>(Deref(source.GetValueOrDefault(fieldName)));
    }

    private object? Deref(object? value) => value switch
    {
        List<object?> items => items.Select(Deref).ToList(),
        Dictionary<string, object?> map when map.TryGetValue("$ref", out var id) => _entities.GetValueOrDefault((string)id!),
        _ => value,
    };

    internal sealed class MutationState
    {
        public int Counter { get; set; }

        public List<string> Log { get; } = [];
    }
}
