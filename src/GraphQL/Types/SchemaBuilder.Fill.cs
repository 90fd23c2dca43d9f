using Headless.GraphQL.Execution;
using Headless.GraphQL.Introspection;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private sealed partial class Construction
    {
        /// <summary>Attaches fields, interfaces, members and directives, definitions first and extensions after, in document order.</summary>
        private void FillTypes()
        {
            foreach (var (name, definition) in _typeDefinitions)
            {
                var extensions = ExtensionsOf(name).ToList();
                switch (_types[name])
                {
                    case ScalarType scalar when !BuiltInScalars.IsBuiltIn(name):
                        var scalarDirectiveNodes = definition.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
                        scalar.AppliedDirectives = ApplyDirectives(scalarDirectiveNodes, DirectiveLocation.SCALAR);
                        // graphql-js reads the URL from the definition only, not from extensions.
                        if (definition.Directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url)
                        {
                            scalar.SpecifiedByUrl = url.Value;
                        }

                        break;
                    case ObjectType objectType:
                        var objectNode = (ObjectTypeDefinitionNode)definition;
                        var objectExtensions = extensions.OfType<ObjectTypeExtensionNode>().ToList();
                        objectType.Interfaces = ResolveInterfaces(name, objectNode.Interfaces.Concat(objectExtensions.SelectMany(e => e.Interfaces)));
                        objectType.SetFields(BuildFields(name, objectNode.Fields.Concat(objectExtensions.SelectMany(e => e.Fields))));
                        objectType.AppliedDirectives = ApplyDirectives(objectNode.Directives.Concat(objectExtensions.SelectMany(e => e.Directives)), DirectiveLocation.OBJECT);
                        objectType.ExtensionAstNodes = objectExtensions;
                        break;
                    case InterfaceType interfaceType:
                        var interfaceNode = (InterfaceTypeDefinitionNode)definition;
                        var interfaceExtensions = extensions.OfType<InterfaceTypeExtensionNode>().ToList();
                        interfaceType.Interfaces = ResolveInterfaces(name, interfaceNode.Interfaces.Concat(interfaceExtensions.SelectMany(e => e.Interfaces)));
                        interfaceType.SetFields(BuildFields(name, interfaceNode.Fields.Concat(interfaceExtensions.SelectMany(e => e.Fields))));
                        interfaceType.AppliedDirectives = ApplyDirectives(interfaceNode.Directives.Concat(interfaceExtensions.SelectMany(e => e.Directives)), DirectiveLocation.INTERFACE);
                        interfaceType.ExtensionAstNodes = interfaceExtensions;
                        break;
                    case UnionType union:
                        var unionNode = (UnionTypeDefinitionNode)definition;
                        var unionExtensions = extensions.OfType<UnionTypeExtensionNode>().ToList();
                        union.Types = ResolveMembers(name, unionNode.Types.Concat(unionExtensions.SelectMany(e => e.Types)));
                        union.AppliedDirectives = ApplyDirectives(unionNode.Directives.Concat(unionExtensions.SelectMany(e => e.Directives)), DirectiveLocation.UNION);
                        union.ExtensionAstNodes = unionExtensions;
                        break;
                    case EnumType enumType:
                        enumType.AppliedDirectives = ApplyDirectives(definition.Directives.Concat(extensions.SelectMany(e => e.Directives)), DirectiveLocation.ENUM);
                        break;
                    case InputObjectType input:
                        var inputNode = (InputObjectTypeDefinitionNode)definition;
                        var inputExtensions = extensions.OfType<InputObjectTypeExtensionNode>().ToList();
                        var inputDirectiveNodes = inputNode.Directives.Concat(inputExtensions.SelectMany(e => e.Directives)).ToList();
                        input.IsOneOf = inputDirectiveNodes.Any(d => d.Name.Value == "oneOf");
                        var inputDirectives = ApplyDirectives(inputDirectiveNodes, DirectiveLocation.INPUT_OBJECT);
                        input.SetFields(BuildInputValues(inputNode.Fields.Concat(inputExtensions.SelectMany(e => e.Fields)), name, isArgument: false));
                        input.AppliedDirectives = inputDirectives;
                        input.ExtensionAstNodes = inputExtensions;
                        break;
                }
            }
        }

        private List<FieldDefinition> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes)
        {
            var fields = new List<FieldDefinition>();
            foreach (var node in nodes)
            {
                if (fields.Any(f => f.Name == node.Name.Value))
                {
                    Errors.Add($"Field \"{typeName}.{node.Name.Value}\" can only be defined once.");
                    continue;
                }

                fields.Add(new FieldDefinition(node.Name.Value, ResolveType(node.Type))
                {
                    Description = node.Description?.Value,
                    Arguments = BuildInputValues(node.Arguments, $"{typeName}.{node.Name.Value}", isArgument: true),
                    DeprecationReason = DeprecationReason(node.Directives),
                    AppliedDirectives = ApplyDirectives(node.Directives, DirectiveLocation.FIELD_DEFINITION),
                    AstNode = node,
                });
            }

            return fields;
        }

        private List<InputValueDefinition> BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes, string owner, bool isArgument)
        {
            var values = new List<InputValueDefinition>();
            foreach (var node in nodes)
            {
                if (values.Any(v => v.Name == node.Name.Value))
                {
                    Errors.Add(isArgument
                        ? $"Argument \"{owner}({node.Name.Value}:)\" can only be defined once."
                        : $"Field \"{owner}.{node.Name.Value}\" can only be defined once.");
                    continue;
                }

                values.Add(new InputValueDefinition(node.Name.Value, ResolveType(node.Type))
                {
                    Description = node.Description?.Value,
                    DefaultValueLiteral = node.DefaultValue,
                    DeprecationReason = DeprecationReason(node.Directives),
                    AppliedDirectives = ApplyDirectives(node.Directives, isArgument ? DirectiveLocation.ARGUMENT_DEFINITION : DirectiveLocation.INPUT_FIELD_DEFINITION),
                    AstNode = node,
                });
            }

            return values;
        }

        private List<InterfaceType> ResolveInterfaces(string typeName, IEnumerable<NamedTypeNode> nodes)
        {
            var interfaces = new List<InterfaceType>();
            foreach (var node in nodes)
            {
                switch (ResolveNamed(node))
                {
                    case InterfaceType @interface:
                        interfaces.Add(@interface);
                        break;
                    case { } other:
                        TypeSystemError($"Type {typeName} must only implement Interface types, it cannot implement {other.Name}.");
                        break;
                }
            }

            return interfaces;
        }

        private List<ObjectType> ResolveMembers(string unionName, IEnumerable<NamedTypeNode> nodes)
        {
            var members = new List<ObjectType>();
            foreach (var node in nodes)
            {
                switch (ResolveNamed(node))
                {
                    case ObjectType member:
                        members.Add(member);
                        break;
                    case { } other:
                        _unionsWithDroppedMembers.Add(unionName);
                        TypeSystemError($"Union type {unionName} can only include Object types, it cannot include {other.Name}.");
                        break;
                }
            }

            return members;
        }

        private IGraphQLType ResolveType(ITypeNode node) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
            ListTypeNode list => new ListType(ResolveType(list.Type)),
            NamedTypeNode named => ResolveNamed(named) ?? BuiltInScalars.String,
            _ => throw new InvalidOperationException("Unknown type node " + node.Kind),
        };

        private INamedType? ResolveNamed(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if (_types.TryGetValue(name, out var type))
            {
                return type;
            }

            if (BuiltInScalars.Find(name) is { } scalar)
            {
                return scalar;
            }

            if (IntrospectionTypes.Find(name) is { } introspection)
            {
                return introspection;
            }

            Errors.Add($"Unknown type \"{name}\".");
            return null;
        }

        /// <summary>Read from the syntax (the argument is a plain string), so it is known before directive arguments can be coerced.</summary>
        private static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null)
            {
                return null;
            }

            return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value switch
            {
                null => BuiltInDirectives.DefaultDeprecationReason,
                StringValueNode reason => reason.Value,
                _ => null,
            };
        }

        /// <summary>
        /// Returns the list of applied directives, filled in by <see cref="ApplyPendingDirectives"/> once every type
        /// is complete: arguments may be input objects declared later in the document.
        /// </summary>
        private List<AppliedDirective> ApplyDirectives(IEnumerable<DirectiveNode> nodes, DirectiveLocation location)
        {
            var applied = new List<AppliedDirective>();
            _pendingDirectives.Add((nodes.ToList(), location, applied));
            return applied;
        }

        /// <summary>Checks each directive against its definition and coerces its arguments (graphql-js KnownDirectives, KnownArgumentNames, ProvidedRequiredArguments, UniqueDirectivesPerLocation).</summary>
        private void ApplyPendingDirectives()
        {
            foreach (var (nodes, location, applied) in _pendingDirectives)
            {
                foreach (var node in nodes)
                {
                    var name = node.Name.Value;
                    if (!_directives.TryGetValue(name, out var definition))
                    {
                        Errors.Add($"Unknown directive \"@{name}\".");
                        continue;
                    }

                    if (!definition.Locations.Contains(location))
                    {
                        Errors.Add($"Directive \"@{name}\" may not be used on {location}.");
                        continue;
                    }

                    if (!definition.IsRepeatable && applied.Any(a => a.Name == name))
                    {
                        Errors.Add($"The directive \"@{name}\" can only be used once at this location.");
                        continue;
                    }

                    applied.Add(new AppliedDirective(name, CoerceDirectiveArguments(definition, node)) { Syntax = node });
                }
            }

            _pendingDirectives.Clear();
        }

        private Dictionary<string, object?> CoerceDirectiveArguments(DirectiveDefinition definition, DirectiveNode node)
        {
            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var unknown in node.Arguments.Where(a => definition.GetArgument(a.Name.Value) is null))
            {
                Errors.Add($"Unknown argument \"{unknown.Name.Value}\" on directive \"@{definition.Name}\".");
            }

            foreach (var argument in definition.Arguments)
            {
                var given = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
                if (given is null)
                {
                    if (argument.HasDefaultValue && argument.DefaultValue is var defaultValue && !ReferenceEquals(defaultValue, AstFromValue.Undefined))
                    {
                        arguments[argument.Name] = defaultValue;
                    }
                    else if (argument.Type is NonNullType)
                    {
                        Errors.Add($"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.");
                    }

                    continue;
                }

                if (InputCoercion.ValueFromAst(given.Value, argument.Type, null, out var value))
                {
                    arguments[argument.Name] = value;
                }
                else
                {
                    Errors.Add($"Argument \"{argument.Name}\" has invalid value {Printer.Print(given.Value)}.");
                }
            }

            return arguments;
        }
    }
}
