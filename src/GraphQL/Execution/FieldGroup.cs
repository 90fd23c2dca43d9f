using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The field nodes of one response key under one object type (spec CollectFields' grouped field set entry), with
/// what every object of that type shares for it during one execution: the definition, the coerced arguments and the
/// sub-selections per runtime type. A list of 1,000 objects therefore coerces arguments once, not 1,000 times.
/// </summary>
internal sealed class FieldGroup(string responseKey, FieldNode first)
{
    private object? _subPlans;
    private IReadOnlyDictionary<string, object?>? _arguments;
    private FieldErrorException? _argumentError;

    public string ResponseKey { get; } = responseKey;

    public List<FieldNode> Nodes { get; } = [first];

    public string FieldName => Nodes[0].Name.Value;

    /// <summary>Null only for <c>__typename</c>.</summary>
    public FieldDefinition? Definition { get; set; }

    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_arguments is not null)
        {
            return _arguments;
        }

        if (_argumentError is not null)
        {
            throw new FieldErrorException(_argumentError.Error);
        }

        try
        {
            return _arguments = InputCoercion.CoerceArgumentValues(Definition!.Arguments, Nodes[0], Nodes[0].Arguments, variables);
        }
        catch (FieldErrorException error)
        {
            _argumentError = error;
            throw;
        }
    }

    /// <summary>The merged sub-selections for <paramref name="runtimeType"/> (spec CollectSubfields), computed once.</summary>
    public SelectionPlan GetSubPlan(ObjectType runtimeType, Func<ObjectType, FieldGroup, SelectionPlan> collect)
    {
        // Almost always a single runtime type: keep that case to one field read.
        var current = Volatile.Read(ref _subPlans);
        if (current is SelectionPlan single && ReferenceEquals(single.Type, runtimeType))
        {
            return single;
        }

        if (current is Dictionary<ObjectType, SelectionPlan> many)
        {
            lock (many)
            {
                if (many.TryGetValue(runtimeType, out var known))
                {
                    return known;
                }
            }
        }

        var plan = collect(runtimeType, this);
        lock (this)
        {
            switch (_subPlans)
            {
                case null:
                    _subPlans = plan;
                    break;
                case SelectionPlan other when !ReferenceEquals(other.Type, runtimeType):
                    _subPlans = new Dictionary<ObjectType, SelectionPlan> { [other.Type] = other, [runtimeType] = plan };
                    break;
                case Dictionary<ObjectType, SelectionPlan> map:
                    lock (map)
                    {
                        map[runtimeType] = plan;
                    }

                    break;
            }
        }

        return plan;
    }
}
