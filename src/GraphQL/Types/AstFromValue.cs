using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// graphql-js <c>astFromValue</c>: turns an internal input value back into a literal of its type, used to print
/// default values in SDL and introspection. Null means "no value" (absent), a <see cref="NullValueNode"/> an explicit null.
/// </summary>
public static partial class AstFromValue
{
    /// <summary>A value that stands for JavaScript's <c>undefined</c>: a missing value, as opposed to null.</summary>
    public static readonly object Undefined = new();

    public static IValueNode? Convert(object? value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        if (ReferenceEquals(value, Undefined))
        {
            return null;
        }

        if (type is ListType list)
        {
            if (value is IEnumerable items and not string and not IDictionary)
            {
                var nodes = new List<IValueNode>();
                foreach (var item in items)
                {
                    if (Convert(item, list.OfType) is { } node)
                    {
                        nodes.Add(node);
                    }
                }

                return new ListValueNode(nodes);
            }

            return Convert(value, list.OfType);
        }

        if (type is InputObjectType input)
        {
            return ConvertObject(value, input);
        }

        if (type is not ILeafType leaf)
        {
            throw new ArgumentException("Unexpected input type: " + type, nameof(type));
        }

        var serialized = leaf.Serialize(value);
        switch (serialized)
        {
            case null:
                return null;
            case bool flag:
                return new BooleanValueNode(flag);
            case string text when leaf is EnumType:
                return new EnumValueNode(text);
            case string text when ReferenceEquals(leaf, BuiltInScalars.ID) && IntegerString().IsMatch(text):
                return new IntValueNode(text);
            case string text:
                return new StringValueNode(text, false);
        }

        if (JsValues.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = serialized is double or float or decimal
                ? JsValues.FormatNumber(number)
                : System.Convert.ToString(serialized, CultureInfo.InvariantCulture)!;
            return IntegerString().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        throw new ArgumentException("Cannot convert value to AST: " + JsValues.Inspect(serialized) + ".", nameof(value));
    }

    private static ObjectValueNode? ConvertObject(object value, InputObjectType input)
    {
        Func<string, (bool Found, object? Value)> read = value switch
        {
            IReadOnlyDictionary<string, object?> map => name => map.TryGetValue(name, out var v) ? (true, v) : (false, null),
            IDictionary<string, object?> map => name => map.TryGetValue(name, out var v) ? (true, v) : (false, null),
            string or bool or ValueType => _ => (false, null),
            _ => name => DefaultFieldResolver.FindMember(value.GetType(), name) is { } ? (true, DefaultFieldResolver.Resolve(value, name)) : (false, null),
        };
        if (value is string or bool or ValueType)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields.Values)
        {
            var (found, fieldValue) = read(field.Name);
            if (found && Convert(fieldValue, field.Type) is { } node)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }

        return new ObjectValueNode(fields);
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
