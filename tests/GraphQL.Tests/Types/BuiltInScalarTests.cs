using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Types;

public sealed class BuiltInScalarTests
{
    [Fact]
    public void CoercionOfEveryBuiltInScalarMatchesGraphQLJs()
    {
        var inputs = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Types", "Cases", "scalar-cases.json")))!.AsObject();
        var cases = new List<(string Scalar, string Op, JsonNode? Input)>();
        foreach (var scalar in BuiltInScalars.All)
        {
            foreach (var (op, values) in inputs)
            {
                cases.AddRange(values!.AsArray().Select(v => (scalar.Name, op, v?.DeepClone())));
            }
        }

        var answers = TypesOracle.Ask(cases.Select(c => new JsonObject { ["mode"] = "scalar", ["scalar"] = c.Scalar, ["op"] = c.Op, ["input"] = c.Input?.DeepClone() }));

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (scalarName, op, input) = cases[i];
            var expected = answers[i].ContainsKey("error") ? "error: " + answers[i].Text("error") : "value: " + Canonical(answers[i]["result"]);
            var actual = Run(BuiltInScalars.Find(scalarName)!, op, input);
            if (expected != actual)
            {
                failures.Add($"{scalarName}.{op}({input?.ToJsonString() ?? "null"}): expected {expected}, actual {actual}");
            }
        }

        Assert.True(cases.Count > 250, "The corpus shrank.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(42L, 42)]
    [InlineData((short)7, 7)]
    [InlineData(3.0d, 3)]
    public void IntSerializesClrIntegersAndIntegralDoubles(object value, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.Serialize(value));

    [Fact]
    public void IntRejectsClrValuesOutside32Bits()
    {
        var error = Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.Serialize(3_000_000_000L));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 3000000000", error.Message);
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.ParseValue(2_147_483_648m));
    }

    [Fact]
    public void FloatAcceptsDecimalAndRejectsNonFinite()
    {
        Assert.Equal(12.5d, BuiltInScalars.Float.Serialize(12.5m));
        Assert.Equal("Float cannot represent non numeric value: NaN", Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Float.Serialize(double.NaN)).Message);
        Assert.Equal("Float cannot represent non numeric value: Infinity", Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Float.ParseValue(double.PositiveInfinity)).Message);
    }

    [Fact]
    public void IdSerializesGuidsAndIntegersAsStrings()
    {
        var id = Guid.Parse("0195c0de-0000-7000-8000-000000000001");

        Assert.Equal("0195c0de-0000-7000-8000-000000000001", BuiltInScalars.ID.Serialize(id));
        Assert.Equal("12", BuiltInScalars.ID.Serialize(12L));
        Assert.Equal("12", BuiltInScalars.ID.ParseValue(12));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.ID.Serialize(1.5m));
    }

    [Fact]
    public void VariablesStraightFromJsonAreCoerced()
    {
        using var document = JsonDocument.Parse("""{"i": 5, "f": 2.5, "s": "x", "b": true}""");
        var root = document.RootElement;

        Assert.Equal(5, BuiltInScalars.Int.ParseValue(root.GetProperty("i")));
        Assert.Equal(2.5d, BuiltInScalars.Float.ParseValue(root.GetProperty("f")));
        Assert.Equal("x", BuiltInScalars.String.ParseValue(root.GetProperty("s")));
        Assert.Equal(true, BuiltInScalars.Boolean.ParseValue(root.GetProperty("b")));
    }

    private static string Run(ScalarType scalar, string op, JsonNode? input)
    {
        try
        {
            var result = op switch
            {
                "serialize" => scalar.Serialize(ToClr(input)),
                "parseValue" => scalar.ParseValue(ToClr(input)),
                _ => scalar.ParseLiteral(Parser.ParseValue(input!.GetValue<string>())),
            };
            return "value: " + Canonical(result is null ? null : JsonSerializer.SerializeToNode(result));
        }
        catch (ValueCoercionException error)
        {
            return "error: " + error.Message;
        }
    }

    /// <summary>JSON as a client's variables arrive: integers as long, other numbers as double.</summary>
    private static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(ToClr).ToList(),
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToClr(p.Value)),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => long.TryParse(value.ToJsonString(), out var whole) ? whole : value.GetValue<double>(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Numbers compared by value (graphql-js has one number type), everything else as JSON.</summary>
    private static string Canonical(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? (value.GetValue<double>() + 0d).ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace("-0", "0", StringComparison.Ordinal)
            : node?.ToJsonString() ?? "null";
}
