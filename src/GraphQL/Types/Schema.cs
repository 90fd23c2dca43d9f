using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// A complete type system: root operation types, every named type reachable from them or given explicitly,
/// and the directives. Built by <c>SchemaBuilder</c>; immutable once built apart from resolver binding.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObjectType>> _objectsByInterface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InterfaceType>> _interfacesByInterface = new(StringComparer.Ordinal);

    /// <summary>Subscription event results shared by the subscribers of one event (see <c>IShareableEvent</c>).</summary>
    internal Execution.SharedEventResults SharedEvents { get; } = new();

    public Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<INamedType> types,
        IEnumerable<DirectiveDefinition> directives)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;

        foreach (var directive in directives)
        {
            _directives[directive.Name] = directive;
        }

        // Given types keep their order (SDL order, which the printer follows); types they refer to come after.
        var givenTypes = types.ToList();
        foreach (var type in givenTypes)
        {
            _typeMap.TryAdd(type.Name, type);
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in givenTypes)
        {
            CollectReferencedTypes(type, visited);
        }

        foreach (var root in new INamedType?[] { queryType, mutationType, subscriptionType })
        {
            if (root is not null)
            {
                CollectReferencedTypes(root, visited);
            }
        }

        foreach (var directive in _directives.Values)
        {
            foreach (var argument in directive.Arguments)
            {
                CollectReferencedTypes(argument.Type.GetNamedType(), visited);
            }
        }

        // As graphql-js does, every schema can describe itself.
        CollectReferencedTypes(Introspection.IntrospectionTypes.Schema, visited);
        IndexImplementations();
        Directives = [.. _directives.Values];
    }

    public string? Description { get; init; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order first met.</summary>
    public IReadOnlyDictionary<string, INamedType> TypeMap => _typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    public INamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of <paramref name="abstractType"/> may have at run time.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType @interface => _objectsByInterface.TryGetValue(@interface.Name, out var objects) ? objects : [],
        _ => [],
    };

    /// <summary>Interfaces that implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfacesByInterface.TryGetValue(interfaceType.Name, out var interfaces) ? interfaces : [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, INamedType maybeSubType) => maybeSubType switch
    {
        ObjectType objectType => GetPossibleTypes(abstractType).Contains(objectType),
        InterfaceType interfaceType when abstractType is InterfaceType parent => GetInterfaceImplementations(parent).Contains(interfaceType),
        _ => false,
    };

    private void CollectReferencedTypes(INamedType type, HashSet<string> visited)
    {
        if (!visited.Add(type.Name))
        {
            return;
        }

        _typeMap.TryAdd(type.Name, type);

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    CollectReferencedTypes(member, visited);
                }

                break;
            case IFieldsContainer container:
                foreach (var @interface in container.Interfaces)
                {
                    CollectReferencedTypes(@interface, visited);
                }

                foreach (var field in container.Fields.Values)
                {
                    CollectReferencedTypes(field.Type.GetNamedType(), visited);
                    foreach (var argument in field.Arguments)
                    {
                        CollectReferencedTypes(argument.Type.GetNamedType(), visited);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    CollectReferencedTypes(field.Type.GetNamedType(), visited);
                }

                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in _typeMap.Values)
        {
            if (type is ObjectType objectType)
            {
                foreach (var @interface in objectType.Interfaces)
                {
                    Add(_objectsByInterface, @interface.Name, objectType);
                }
            }
            else if (type is InterfaceType interfaceType)
            {
                foreach (var @interface in interfaceType.Interfaces)
                {
                    Add(_interfacesByInterface, @interface.Name, interfaceType);
                }
            }
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
