using Headless.GraphQL.Introspection;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>One build: reads the SDL definitions and extensions, creates the types, then binds resolvers.</summary>
    private sealed partial class Construction(SchemaBuilder builder, SchemaBuildOptions options)
    {
        private readonly Dictionary<string, ITypeDefinitionNode> _typeDefinitions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ITypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];
        private readonly List<OperationTypeDefinitionNode> _extraOperationTypes = [];
        private readonly List<(List<DirectiveNode> Nodes, DirectiveLocation Location, List<AppliedDirective> Applied)> _pendingDirectives = [];
        private SchemaDefinitionNode? _schemaDefinition;
        private int _typeSystemErrorCount;
        private bool _queryRootReported;
        private readonly HashSet<string> _unionsWithDroppedMembers = new(StringComparer.Ordinal);

        /// <summary>Reports a problem after which the model is still complete enough to check resolvers and validate it.</summary>
        private void TypeSystemError(string message)
        {
            Errors.Add(message);
            _typeSystemErrorCount++;
        }

        public List<string> Errors { get; } = [];

        public Schema Run()
        {
            CollectDefinitions();
            CheckExtensionTargets();
            CreateTypes();
            CreateDirectives();
            FillTypes();
            var schema = CreateSchema();
            ApplyPendingDirectives();
            AttachAccessRules(schema);

            // Unknown types, duplicates and bad directives leave the model incomplete: checking it further would only add noise.
            var sdlIsValid = Errors.Count == _typeSystemErrorCount;
            if (sdlIsValid)
            {
                BindClrTypes(schema);
                BindResolvers(schema);
                Errors.AddRange(_binder.Errors.Distinct());
            }

            if (options.ValidateSchema && sdlIsValid)
            {
                // Members the model could not hold were reported already; the union is not empty in the SDL.
                var messages = SchemaValidator.Validate(schema).Select(e => e.Message)
                    .Where(m => !_unionsWithDroppedMembers.Any(u => m == $"Union type {u} must define one or more member types."));

                // A query type that is not an object type was reported already; the model holds no query type then.
                Errors.AddRange(_queryRootReported ? messages.Where(m => m != "Query root type must be provided.") : messages);
            }

            return schema;
        }

        /// <summary>Computed once here so that the executor's check costs a null test on fields without a rule.</summary>
        private static void AttachAccessRules(Schema schema)
        {
            foreach (var objectType in schema.TypeMap.Values.OfType<ObjectType>())
            {
                foreach (var field in objectType.Fields.Values)
                {
                    field.Access = Authorization.FieldAccessRule.For(objectType, field);
                }
            }
        }

        private void CollectDefinitions()
        {
            foreach (var definition in builder._documents.SelectMany(d => d.Definitions))
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schemaDefinition:
                        if (_schemaDefinition is not null)
                        {
                            Errors.Add("Must provide only one schema definition.");
                            _extraOperationTypes.AddRange(schemaDefinition.OperationTypes);
                            break;
                        }

                        _schemaDefinition = schemaDefinition;
                        break;
                    case SchemaExtensionNode extension:
                        _schemaExtensions.Add(extension);
                        break;
                    case ITypeDefinitionNode typeDefinition:
                        var name = TypeName(typeDefinition);
                        if (!_typeDefinitions.TryAdd(name, typeDefinition))
                        {
                            Errors.Add($"There can be only one type named \"{name}\".");
                        }

                        break;
                    case ITypeExtensionNode extension:
                        var extended = TypeName(extension);
                        if (!_typeExtensions.TryGetValue(extended, out var list))
                        {
                            _typeExtensions[extended] = list = [];
                        }

                        list.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        if (!_directiveDefinitions.TryAdd(directive.Name.Value, directive))
                        {
                            Errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                        }

                        break;
                    default:
                        Errors.Add($"SDL may only contain type system definitions, but found {definition.Kind}.");
                        break;
                }
            }
        }

        private void CheckExtensionTargets()
        {
            foreach (var (name, extensions) in _typeExtensions)
            {
                if (!_typeDefinitions.TryGetValue(name, out var definition))
                {
                    Errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
                    continue;
                }

                var expected = KindOf(definition);
                foreach (var extension in extensions.Where(e => KindOf(e) != expected))
                {
                    Errors.Add($"Cannot extend non-{KindOf(extension)} type \"{name}\".");
                }
            }
        }

        private void CreateTypes()
        {
            foreach (var (name, definition) in _typeDefinitions)
            {
                _types[name] = definition switch
                {
                    ScalarTypeDefinitionNode scalar => CreateScalar(scalar),
                    ObjectTypeDefinitionNode objectType => new ObjectType(name) { Description = objectType.Description?.Value, AstNode = objectType },
                    InterfaceTypeDefinitionNode interfaceType => new InterfaceType(name) { Description = interfaceType.Description?.Value, AstNode = interfaceType },
                    UnionTypeDefinitionNode union => new UnionType(name) { Description = union.Description?.Value, AstNode = union },
                    EnumTypeDefinitionNode enumType => CreateEnum(enumType),
                    InputObjectTypeDefinitionNode input => new InputObjectType(name) { Description = input.Description?.Value, AstNode = input },
                    _ => throw new InvalidOperationException("Unknown type definition " + definition.Kind),
                };
            }
        }

        private ScalarType CreateScalar(ScalarTypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            if (BuiltInScalars.Find(name) is { } builtIn)
            {
                return builtIn;
            }

            if (!builder._scalars.TryGetValue(name, out var scalar))
            {
                if (options.RequireResolvers)
                {
                    TypeSystemError($"Scalar \"{name}\" is declared in SDL but has no implementation: add one with AddScalar.");
                }

                scalar = new ScalarType(name, v => v, v => v, UntypedValue);
            }

            scalar.Description = definition.Description?.Value ?? scalar.Description;
            scalar.AstNode = definition;
            return scalar;
        }

        private EnumType CreateEnum(EnumTypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var values = new List<EnumValueDefinition>();
            var valueNodes = definition.Values.Concat(ExtensionsOf(name).OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
            foreach (var node in valueNodes)
            {
                if (values.Any(v => v.Name == node.Name.Value))
                {
                    Errors.Add($"Enum value \"{name}.{node.Name.Value}\" can only be defined once.");
                    continue;
                }

                values.Add(new EnumValueDefinition(node.Name.Value, node.Name.Value)
                {
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node.Directives),
                    AppliedDirectives = ApplyDirectives(node.Directives, DirectiveLocation.ENUM_VALUE),
                    AstNode = node,
                });
            }

            return new EnumType(name, values) { Description = definition.Description?.Value, AstNode = definition };
        }

        private void CreateDirectives()
        {
            foreach (var (name, node) in _directiveDefinitions)
            {
                var locations = new List<DirectiveLocation>();
                foreach (var location in node.Locations)
                {
                    if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed))
                    {
                        locations.Add(parsed);
                    }
                    else
                    {
                        Errors.Add($"Unexpected directive location \"{location.Value}\" on \"@{name}\".");
                    }
                }

                _directives[name] = new DirectiveDefinition(name, locations)
                {
                    Description = node.Description?.Value,
                    IsRepeatable = node.Repeatable,
                    AstNode = node,
                    Arguments = BuildInputValues(node.Arguments, $"@{name}", isArgument: true),
                };
            }

            // As graphql-js buildASTSchema: the built-in directives the SDL does not redefine come after the custom ones.
            foreach (var builtIn in BuiltInDirectives.All)
            {
                _directives.TryAdd(builtIn.Name, builtIn);
            }
        }

        private Schema CreateSchema()
        {
            var roots = new Dictionary<OperationType, ObjectType?>();
            var operationTypes = (_schemaDefinition?.OperationTypes ?? []).Concat(_extraOperationTypes).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
            foreach (var operationType in operationTypes)
            {
                if (roots.ContainsKey(operationType.Operation))
                {
                    Errors.Add($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.");
                    continue;
                }

                roots[operationType.Operation] = ResolveNamed(operationType.Type) is { } type ? AsRootType(operationType.Operation, type) : null;
            }

            // As graphql-js buildASTSchema: without a schema definition, types named Query/Mutation/Subscription are the roots.
            if (_schemaDefinition is null)
            {
                foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
                {
                    if (_types.TryGetValue(name, out var type))
                    {
                        roots[operation] = AsRootType(operation, type);
                    }
                }
            }

            var schemaDirectives = (_schemaDefinition?.Directives ?? []).Concat(_schemaExtensions.SelectMany(e => e.Directives)).ToList();
            return new Schema(
                roots.GetValueOrDefault(OperationType.Query),
                roots.GetValueOrDefault(OperationType.Mutation),
                roots.GetValueOrDefault(OperationType.Subscription),
                _types.Values,
                _directives.Values)
            {
                Description = _schemaDefinition?.Description?.Value,
                AppliedDirectives = ApplyDirectives(schemaDirectives, DirectiveLocation.SCHEMA),
                AstNode = _schemaDefinition,
                ExtensionAstNodes = _schemaExtensions,
            };
        }

        private ObjectType? AsRootType(OperationType operation, INamedType type)
        {
            if (type is ObjectType objectType)
            {
                return objectType;
            }

            var label = operation.ToString();
            _queryRootReported |= operation == OperationType.Query;
            TypeSystemError($"{label} root type must be Object type{(operation == OperationType.Query ? "" : " if provided")}, it cannot be {type.Name}.");
            return null;
        }

        private IEnumerable<ITypeExtensionNode> ExtensionsOf(string typeName) =>
            _typeExtensions.TryGetValue(typeName, out var list) ? list : [];

        private static string TypeName(INode node) => node switch
        {
            ScalarTypeDefinitionNode n => n.Name.Value,
            ObjectTypeDefinitionNode n => n.Name.Value,
            InterfaceTypeDefinitionNode n => n.Name.Value,
            UnionTypeDefinitionNode n => n.Name.Value,
            EnumTypeDefinitionNode n => n.Name.Value,
            InputObjectTypeDefinitionNode n => n.Name.Value,
            ScalarTypeExtensionNode n => n.Name.Value,
            ObjectTypeExtensionNode n => n.Name.Value,
            InterfaceTypeExtensionNode n => n.Name.Value,
            UnionTypeExtensionNode n => n.Name.Value,
            EnumTypeExtensionNode n => n.Name.Value,
            InputObjectTypeExtensionNode n => n.Name.Value,
            _ => throw new InvalidOperationException("Not a type definition: " + node.Kind),
        };

        private static string KindOf(INode node) => node switch
        {
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
            _ => "input object",
        };

        /// <summary>graphql-js <c>valueFromASTUntyped</c>: the literal of a scalar nobody implemented, as plain CLR values.</summary>
        internal static object? UntypedValue(IValueNode literal) => literal switch
        {
            NullValueNode => null,
            IntValueNode i => long.TryParse(i.Value, out var whole) ? whole : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
            StringValueNode s => s.Value,
            EnumValueNode e => e.Value,
            BooleanValueNode b => b.Value,
            ListValueNode l => l.Values.Select(UntypedValue).ToList(),
            ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => UntypedValue(f.Value)),
            _ => throw new ValueCoercionException("Cannot use a variable in a constant value."),
        };
    }
}
