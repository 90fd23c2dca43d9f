using Headless.GraphQL.Errors;
using Headless.GraphQL.Introspection;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// The type system rules graphql-js's <c>validateSchema</c> checks (spec §3 "Type Validation"), in its order and
/// with its messages. Rules our model cannot violate (a non-interface among interfaces, a non-object union member,
/// a non-object root type) are reported by <see cref="SchemaBuilder"/> while reading the SDL.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message, params INode?[] nodes) =>
            errors.Add(new GraphQLError(message, ErrorCodes.InvalidSchema).WithLocations(nodes.OfType<INode>()));

        if (schema.QueryType is null)
        {
            Report("Query root type must be provided.", schema.AstNode);
        }

        ValidateDirectives(schema, Report);
        var cycles = new InputCycleDetector(Report);
        foreach (var type in schema.TypeMap.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(type.Name, AstNodeOf(type), Report);
            }

            switch (type)
            {
                case IFieldsContainer container:
                    ValidateFields(container, Report);
                    ValidateInterfaces(schema, container, Report);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, Report);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Report($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, value.AstNode, Report);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputFields(input, Report);
                    cycles.Detect(input);
                    break;
            }
        }

        return errors;
    }

    private static void ValidateDirectives(Schema schema, Action<string, INode?[]> report)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode, report);
            if (directive.Locations.Count == 0)
            {
                report($"Directive @{directive.Name} must include 1 or more locations.", [directive.AstNode]);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode, report);
                if (!IsInputType(argument.Type))
                {
                    report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", [argument.AstNode]);
                }

                if (argument.IsRequiredArgument() && argument.DeprecationReason is not null)
                {
                    report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", [DeprecatedNode(argument.AstNode), argument.AstNode?.Type]);
                }
            }
        }
    }

    private static void ValidateFields(IFieldsContainer type, Action<string, INode?[]> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.", [AstNodeOf(type)]);
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!IsOutputType(field.Type))
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", [field.AstNode?.Type]);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode, report);
                if (!IsInputType(argument.Type))
                {
                    report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", [argument.AstNode?.Type]);
                }

                if (argument.IsRequiredArgument() && argument.DeprecationReason is not null)
                {
                    report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", [DeprecatedNode(argument.AstNode), argument.AstNode?.Type]);
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, IFieldsContainer type, Action<string, INode?[]> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @interface in type.Interfaces)
        {
            if (ReferenceEquals(type, @interface))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.", [AstNodeOf(type)]);
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                report($"Type {type.Name} can only implement {@interface.Name} once.", [AstNodeOf(type)]);
                continue;
            }

            foreach (var transitive in @interface.Interfaces.Where(t => !type.Interfaces.Contains(t)))
            {
                report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                    [AstNodeOf(type)]);
            }

            ValidateImplementation(schema, type, @interface, report);
        }
    }

    private static void ValidateImplementation(Schema schema, IFieldsContainer type, InterfaceType @interface, Action<string, INode?[]> report)
    {
        foreach (var interfaceField in @interface.Fields.Values)
        {
            var fieldName = interfaceField.Name;
            if (!type.Fields.TryGetValue(fieldName, out var typeField))
            {
                report($"Interface field {@interface.Name}.{fieldName} expected but {type.Name} does not provide it.", [interfaceField.AstNode, AstNodeOf(type)]);
                continue;
            }

            if (!schema.IsTypeSubTypeOf(typeField.Type, interfaceField.Type))
            {
                report(
                    $"Interface field {@interface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    [interfaceField.AstNode?.Type, typeField.AstNode?.Type]);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    report(
                        $"Interface field argument {@interface.Name}.{fieldName}({interfaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        [interfaceArgument.AstNode, typeField.AstNode]);
                    continue;
                }

                if (!interfaceArgument.Type.IsEqualType(typeArgument.Type))
                {
                    report(
                        $"Interface field argument {@interface.Name}.{fieldName}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({interfaceArgument.Name}:) is type {typeArgument.Type}.",
                        [interfaceArgument.AstNode?.Type, typeArgument.AstNode?.Type]);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (interfaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequiredArgument())
                {
                    report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {@interface.Name}.{fieldName}.",
                        [typeArgument.AstNode, interfaceField.AstNode]);
                }
            }
        }
    }

    private static void ValidateUnionMembers(UnionType union, Action<string, INode?[]> report)
    {
        if (union.Types.Count == 0)
        {
            report($"Union type {union.Name} must define one or more member types.", [union.AstNode]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                report($"Union type {union.Name} can only include type {member.Name} once.", [union.AstNode]);
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, Action<string, INode?[]> report)
    {
        if (input.Fields.Count == 0)
        {
            report($"Input Object type {input.Name} must define one or more fields.", [input.AstNode]);
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!IsInputType(field.Type))
            {
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", [field.AstNode?.Type]);
            }

            if (field.IsRequiredArgument() && field.DeprecationReason is not null)
            {
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", [DeprecatedNode(field.AstNode), field.AstNode?.Type]);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    report($"OneOf input field {input.Name}.{field.Name} must be nullable.", [field.AstNode?.Type]);
                }

                if (field.HasDefaultValue)
                {
                    report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", [field.AstNode]);
                }
            }
        }
    }

    private static void ValidateName(string name, INode? node, Action<string, INode?[]> report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", [node]);
        }
    }

    private static bool IsInputType(IGraphQLType type) => type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    private static bool IsOutputType(IGraphQLType type) => type.GetNamedType() is not InputObjectType;

    private static DirectiveNode? DeprecatedNode(InputValueDefinitionNode? node) => node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static INode? AstNodeOf(INamedType type) => type switch
    {
        ScalarType t => t.AstNode,
        ObjectType t => t.AstNode,
        InterfaceType t => t.AstNode,
        UnionType t => t.AstNode,
        EnumType t => t.AstNode,
        InputObjectType t => t.AstNode,
        _ => null,
    };

    /// <summary>Depth-first search over non-null input object fields; reports each cycle once (graphql-js's algorithm).</summary>
    private sealed class InputCycleDetector(Action<string, INode?[]> report)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByType[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields.Values)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _fieldPath.Skip(cycleIndex).ToList();
                        report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                            [.. cycle.Select(f => (INode?)f.AstNode)]);
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByType.Remove(input.Name);
        }
    }
}
