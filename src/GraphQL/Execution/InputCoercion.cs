using System.Collections;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The spec's input coercion (§5.8 and §6.4.1): literals with variables (<see cref="ValueFromAst"/>), external values
/// such as JSON variables (<see cref="CoerceInputValue"/>), and the per-operation and per-field steps built on them.
/// </summary>
public static class InputCoercion
{
    /// <summary>Reports a problem at a path inside the value: (path, the invalid value, message).</summary>
    public delegate void CoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message, Exception? cause);

    /// <summary>
    /// graphql-js valueFromAST: the coerced value of <paramref name="literal"/>, or false when it is invalid for
    /// <paramref name="type"/> (including a variable that is missing where a value is required). The one literal
    /// coercion of the engine: operations pass their variables; the schema's constant literals (default values,
    /// directive arguments) pass none, so any variable in them is invalid. Input objects are always dictionaries:
    /// CLR records are bound from them on access (<see cref="InputBinder"/>), so every consumer sees the same value.
    /// </summary>
    public static bool ValueFromAst(IValueNode? literal, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is null)
        {
            return false;
        }

        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            // Variables were coerced already; only their nullability is checked against this position.
            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && ValueFromAst(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return ListFromAst(literal, list, variables, out value);
            case InputObjectType inputObject:
                return InputObjectFromAst(literal, inputObject, variables, out value);
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal);
                    return true;
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    return false;
                }

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(literal);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool ListFromAst(IValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValueNode items)
        {
            // A single value where a list is expected is a list of one.
            if (!ValueFromAst(literal, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var coerced = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                coerced.Add(null);
                continue;
            }

            if (!ValueFromAst(item, list.OfType, variables, out var itemValue))
            {
                return false;
            }

            coerced.Add(itemValue);
        }

        value = coerced;
        return true;
    }

    private static bool InputObjectFromAst(IValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            var fieldNode = objectValue.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = DefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!ValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.Single() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(IValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    /// <summary>The coerced default value of an argument or input field; null when it is not valid for the type.</summary>
    public static object? DefaultValue(InputValueDefinition definition) =>
        definition.DefaultValue is var value && ReferenceEquals(value, AstFromValue.Undefined) ? null : value;

    /// <summary>
    /// graphql-js coerceInputValue: coerces an external value (from JSON variables) to <paramref name="type"/>,
    /// calling <paramref name="onError"/> for every problem found.
    /// </summary>
    /// <param name="hideSuggestions">Leave "Did you mean …?" hints out of the messages (they would reveal the schema).</param>
    public static object? CoerceInputValue(object? inputValue, IGraphQLType type, CoercionErrorHandler onError, bool hideSuggestions = false) =>
        CoerceInputValue(inputValue, type, onError, null, hideSuggestions);

    private static object? CoerceInputValue(object? inputValue, IGraphQLType type, CoercionErrorHandler onError, ResponsePath? path, bool hideSuggestions)
    {
        if (type is NonNullType nonNull)
        {
            if (inputValue is not null)
            {
                return CoerceInputValue(inputValue, nonNull.OfType, onError, path, hideSuggestions);
            }

            onError(ToList(path), inputValue, $"Expected non-nullable type \"{type}\" not to be null.", null);
            return null;
        }

        if (inputValue is null)
        {
            return null;
        }

        if (type is ListType list)
        {
            if (inputValue is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
            {
                var coerced = new List<object?>();
                var index = 0;
                foreach (var item in items)
                {
                    coerced.Add(CoerceInputValue(item, list.OfType, onError, new ResponsePath(path, index++), hideSuggestions));
                }

                return coerced;
            }

            return new List<object?> { CoerceInputValue(inputValue, list.OfType, onError, path, hideSuggestions) };
        }

        if (type is InputObjectType inputObject)
        {
            return CoerceInputObject(inputValue, inputObject, onError, path, hideSuggestions);
        }

        if (type is ILeafType leaf)
        {
            try
            {
                return leaf switch
                {
                    ScalarType scalar => scalar.ParseValue(inputValue),
                    EnumType enumType => enumType.ParseValue(inputValue),
                    _ => throw new InvalidOperationException("Unknown leaf type " + leaf.Name),
                };
            }
            catch (ValueCoercionException error)
            {
                onError(ToList(path), inputValue, hideSuggestions ? error.Message : WithEnumSuggestions(leaf, inputValue, error.Message), error);
            }
            catch (GraphQLException error)
            {
                onError(ToList(path), inputValue, error.Message, error);
            }
            catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                onError(ToList(path), inputValue, $"Expected type \"{leaf.Name}\". {error.Message}", error);
            }

            return null;
        }

        throw new InvalidOperationException($"Unexpected input type: {type}");
    }

    private static string WithEnumSuggestions(ILeafType leaf, object? inputValue, string message)
    {
        if (leaf is EnumType enumType && inputValue is string text && message.EndsWith(" enum.", StringComparison.Ordinal))
        {
            return message + Suggestions.DidYouMean(Suggestions.List(text, enumType.Values.Select(v => v.Name)), "the enum value");
        }

        return message;
    }

    private static object? CoerceInputObject(object inputValue, InputObjectType type, CoercionErrorHandler onError, ResponsePath? path, bool hideSuggestions)
    {
        var fields = inputValue switch
        {
            IReadOnlyDictionary<string, object?> map => map,
            IDictionary<string, object?> map => map.AsReadOnly(),
            _ => null,
        };
        if (fields is null)
        {
            onError(ToList(path), inputValue, $"Expected type \"{type.Name}\" to be an object.", null);
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = DefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(ToList(path), inputValue, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", null);
                }

                continue;
            }

            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, new ResponsePath(path, field.Name), hideSuggestions);
        }

        foreach (var name in fields.Keys)
        {
            if (!type.Fields.ContainsKey(name))
            {
                var hint = hideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Keys));
                onError(ToList(path), inputValue, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + hint, null);
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(ToList(path), inputValue, $"Exactly one key must be specified for OneOf type \"{type.Name}\".", null);
            }

            var first = coerced.FirstOrDefault();
            if (coerced.Count > 0 && first.Value is null)
            {
                onError([.. ToList(path), first.Key], null, $"Field \"{first.Key}\" must be non-null.", null);
            }
        }

        return coerced;
    }

    private static IReadOnlyList<object> ToList(ResponsePath? path) => path?.ToList() ?? [];

    /// <summary>
    /// The spec's CoerceVariableValues: every variable of the operation coerced from the request's values, or the
    /// errors (graphql-js's messages, located at the variable definition).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors,
        out IReadOnlyList<GraphQLError> errors,
        bool hideSuggestions = false)
    {
        var found = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        errors = found;
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                found.Add(ExecutionErrors.At(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    ErrorCodes.BadUserInput), definition.Type));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueFromAst(definition.DefaultValue, type, null, out var defaultValue) ? defaultValue : null;
                }
                else if (type is NonNullType)
                {
                    found.Add(ExecutionErrors.At(new GraphQLError(
                        $"Variable \"${name}\" of required type \"{type}\" was not provided.", ErrorCodes.BadUserInput), definition));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                found.Add(ExecutionErrors.At(new GraphQLError(
                    $"Variable \"${name}\" of non-null type \"{type}\" must not be null.", ErrorCodes.BadUserInput), definition));
                continue;
            }

            coerced[name] = CoerceInputValue(value, type, (path, invalid, message, cause) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{PrintPath(path)}\"";
                }

                found.Add(ExecutionErrors.At(new GraphQLError(prefix + "; " + message, ErrorCodes.BadUserInput) { OriginalException = cause }, definition));
            }, hideSuggestions);

            if (found.Count >= maxErrors)
            {
                found.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
                break;
            }
        }

        return coerced;
    }

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : "." + key));

    /// <summary>
    /// The spec's CoerceArgumentValues for a field or directive; throws <see cref="GraphQLException"/>-free
    /// <see cref="FieldErrorException"/>s located at the offending node.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        INode node,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = DefaultValue(definition);
                }
                else if (type is NonNullType)
                {
                    throw ExecutionErrors.Raise($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = DefaultValue(definition);
                    }
                    else if (type is NonNullType)
                    {
                        throw ExecutionErrors.Raise(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw ExecutionErrors.Raise($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst(valueNode, type, variables, out var value))
            {
                throw ExecutionErrors.Raise($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    internal static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>The schema type a variable definition names, or null when the schema has no such type.</summary>
    public static IGraphQLType? TypeFromAst(Schema schema, ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
