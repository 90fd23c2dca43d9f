using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private sealed partial class Construction
    {
        // One binder for the whole build: every record and resolver parameter is checked, and every mismatch listed.
        private readonly InputBinder _binder = new();

        private void BindClrTypes(Schema schema)
        {
            foreach (var (name, clrType) in builder._enumBindings)
            {
                if (schema.GetType(name) is not EnumType enumType)
                {
                    Errors.Add($"BindEnum: \"{name}\" is not an enum type of the schema.");
                    continue;
                }

                var members = Enum.GetNames(clrType).ToDictionary(Normalize, n => Enum.Parse(clrType, n));
                foreach (var value in enumType.Values)
                {
                    if (members.TryGetValue(Normalize(value.Name), out var member))
                    {
                        value.Value = member;
                    }
                    else
                    {
                        Errors.Add($"Enum value \"{name}.{value.Name}\" has no member in CLR enum {clrType.FullName}.");
                    }
                }
            }

            var inputs = new List<InputObjectType>();
            foreach (var (name, clrType) in builder._inputBindings)
            {
                if (schema.GetType(name) is InputObjectType input)
                {
                    input.ClrType = clrType;
                    inputs.Add(input);
                }
                else
                {
                    Errors.Add($"BindInput: \"{name}\" is not an input object type of the schema.");
                }
            }

            // After every ClrType is set, so that a bound record inside another binds to its own binding.
            foreach (var input in inputs)
            {
                input.CreateClrValue = _binder.CompileRecord(input.ClrType!, input);
            }

            foreach (var (name, clrType) in builder._objectBindings)
            {
                if (schema.GetType(name) is ObjectType objectType)
                {
                    objectType.ClrType = clrType;
                }
                else
                {
                    Errors.Add($"BindObject: \"{name}\" is not an object type of the schema.");
                }
            }
        }

        /// <summary>
        /// Explicit resolvers first, then the default resolver. Missing resolvers are reported for root types and
        /// CLR-bound types (and every type with <see cref="SchemaBuildOptions.StrictResolvers"/>), since those are
        /// the places where a default resolver cannot be what was meant.
        /// </summary>
        private void BindResolvers(Schema schema)
        {
            foreach (var (typeName, fieldName) in builder._resolvers.Keys.Concat(builder._subscriptions.Keys).Distinct())
            {
                switch (schema.GetType(typeName))
                {
                    case null:
                        Errors.Add($"A resolver is bound to \"{typeName}.{fieldName}\", but type \"{typeName}\" does not exist.");
                        break;
                    case ObjectType objectType when !objectType.Fields.ContainsKey(fieldName):
                        Errors.Add($"A resolver is bound to \"{typeName}.{fieldName}\", but type \"{typeName}\" has no field \"{fieldName}\".");
                        break;
                    case ObjectType:
                        break;
                    default:
                        Errors.Add($"A resolver is bound to \"{typeName}.{fieldName}\", but \"{typeName}\" is not an object type.");
                        break;
                }
            }

            foreach (var (typeName, fieldName) in builder._tracedFields)
            {
                if (schema.GetType(typeName) is not ObjectType traced || !traced.Fields.ContainsKey(fieldName))
                {
                    Errors.Add($"TraceResolver: \"{typeName}.{fieldName}\" is not a field of an object type of the schema.");
                }
            }

            foreach (var (name, resolver) in builder._typeResolvers)
            {
                if (schema.GetType(name) is IAbstractType abstractType)
                {
                    abstractType.ResolveType = resolver;
                }
                else
                {
                    Errors.Add($"A type resolver is bound to \"{name}\", which is not an interface or union type of the schema.");
                }
            }

            var roots = new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType };
            foreach (var type in schema.TypeMap.Values)
            {
                if (type is IAbstractType abstractType && abstractType.ResolveType is null)
                {
                    abstractType.ResolveType = DefaultTypeResolver.For(abstractType);
                }

                if (type is not ObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    continue;
                }

                var isRoot = roots.Contains(objectType);
                foreach (var field in objectType.Fields.Values)
                {
                    if (builder._boundResolvers.TryGetValue((type.Name, field.Name), out var bound))
                    {
                        var resolve = BoundResolver.Compile(bound, objectType, field, _binder);
                        field.Resolve = context => TaskResults.Unwrap(resolve(context));
                    }
                    else if (builder._resolvers.TryGetValue((type.Name, field.Name), out var resolver))
                    {
                        field.Resolve = resolver;
                    }
                    else
                    {
                        field.Resolve = DefaultFieldResolver.For(field.Name);
                        // A subscription field without a source stream is reported below, once.
                        if (objectType != schema.SubscriptionType)
                        {
                            CheckDefaultResolution(objectType, field, isRoot);
                        }
                    }

                    if (builder._tracedFields.Contains((type.Name, field.Name)) && field.Resolve is { } untraced)
                    {
                        field.Resolve = Diagnostics.TracedResolver.Wrap(type.Name, field.Name, untraced);
                    }

                    if (builder._boundSubscriptions.TryGetValue((type.Name, field.Name), out var boundStream))
                    {
                        var subscribeBound = BoundResolver.Compile(boundStream, objectType, field, _binder);
                        field.Subscribe = context => SourceStream(subscribeBound(context));
                    }
                    else if (builder._subscriptions.TryGetValue((type.Name, field.Name), out var subscribe))
                    {
                        field.Subscribe = subscribe;
                    }
                    else if (options.RequireResolvers && objectType == schema.SubscriptionType)
                    {
                        Errors.Add($"Subscription field \"{type.Name}.{field.Name}\" has no source stream: bind one with AddSubscription.");
                    }
                }
            }
        }

        private void CheckDefaultResolution(ObjectType objectType, FieldDefinition field, bool isRoot)
        {
            if (!options.RequireResolvers)
            {
                return;
            }

            if (objectType.ClrType is { } clrType)
            {
                if (!DefaultFieldResolver.HasMember(clrType, field.Name))
                {
                    Errors.Add($"Field \"{objectType.Name}.{field.Name}\" has no resolver, and CLR type {clrType.Name} bound to \"{objectType.Name}\" has no member \"{field.Name}\".");
                }
            }
            else if (isRoot || options.StrictResolvers)
            {
                Errors.Add($"Field \"{objectType.Name}.{field.Name}\" has no resolver.");
            }
        }

        private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}
