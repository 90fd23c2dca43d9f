using System.Globalization;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types.Scalars;

/// <summary>
/// <c>Decimal</c>: an exact decimal number. Results are strings (<c>"999.00"</c>) so no JSON parser turns them into a
/// binary float; inputs accept such a string, an Int or a Float literal, or a JSON number, and become <see cref="decimal"/>.
/// </summary>
public static class DecimalScalar
{
    public const string Name = "Decimal";
    public const string SpecifiedBy = "https://speleotrove.com/decimal/daconvs.html";

    public static ScalarType Create() => new(Name, Serialize, ParseValue, ParseLiteral) { SpecifiedByUrl = SpecifiedBy, ClrType = typeof(decimal) };

    private static object? Serialize(object? value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        string text => Parse(text).ToString(CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"Decimal cannot represent value: {JsValues.Inspect(value)}"),
    };

    private static object? ParseValue(object? value) => value switch
    {
        decimal d => d,
        string text => Parse(text),
        int or long => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double number when double.IsFinite(number) => Parse(number.ToString("R", CultureInfo.InvariantCulture)),
        _ => throw new ValueCoercionException($"Decimal cannot represent value: {JsValues.Inspect(value)}"),
    };

    private static object? ParseLiteral(IValueNode literal) => literal switch
    {
        StringValueNode text => Parse(text.Value),
        IntValueNode integer => Parse(integer.Value),
        FloatValueNode number => Parse(number.Value),
        _ => throw new ValueCoercionException("Decimal cannot represent a literal that is not a string or a number."),
    };

    private static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ValueCoercionException($"Decimal cannot represent \"{text}\": expected a number such as \"12.50\".");
}
