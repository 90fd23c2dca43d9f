using System.Text;
using System.Text.Json;
using Headless.GraphQL.Language;
using Headless.GraphQL.Tests.Support;

namespace Headless.GraphQL.Tests.Language;

/// <summary>Asks graphql-js (tests/js/language-oracle.mjs) about many sources in one Node process, and asks us the same.</summary>
internal static class GraphQLJs
{
    public static IReadOnlyList<OracleAnswer> Answer(IReadOnlyList<CorpusCase> cases)
    {
        var input = new StringBuilder("[");
        for (var i = 0; i < cases.Count; i++)
        {
            input.Append(i == 0 ? "" : ",").Append("{\"kind\":");
            AppendJsonString(input, cases[i].Kind);
            input.Append(",\"source\":");
            AppendJsonString(input, cases[i].Source);
            input.Append('}');
        }

        input.Append(']');
        var output = NodeScript.Run("language-oracle.mjs", input.ToString(), TimeSpan.FromMinutes(2));

        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Select(ToAnswer).ToList();
    }

    /// <summary>Our parser and printer on the same case, in the same shape.</summary>
    public static OracleAnswer Ours(CorpusCase @case)
    {
        try
        {
            INode node = @case.Kind switch
            {
                "value" => Parser.ParseValue(@case.Source, ParserOptions.Trusted),
                "type" => Parser.ParseType(@case.Source, ParserOptions.Trusted),
                _ => Parser.Parse(@case.Source, ParserOptions.Trusted),
            };
            return new OracleAnswer(Printer.Print(node), null, 0, 0);
        }
        catch (GraphQLSyntaxException error)
        {
            return new OracleAnswer(null, error.Message, error.Line, error.Column);
        }
    }

    private static OracleAnswer ToAnswer(JsonElement answer)
    {
        if (answer.TryGetProperty("printed", out var printed))
        {
            return new OracleAnswer(JsonLiteral.Decode(printed), null, 0, 0);
        }

        if (answer.TryGetProperty("crash", out var crash))
        {
            return new OracleAnswer(null, null, 0, 0, JsonLiteral.Decode(crash));
        }

        var error = answer.GetProperty("error");
        return new OracleAnswer(null, JsonLiteral.Decode(error.GetProperty("message")), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32());
    }

    /// <summary>JSON with every non-ASCII unit escaped, so that lone surrogates and BOMs reach Node unchanged.</summary>
    private static void AppendJsonString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            if (c is >= ' ' and <= '~' && c != '"' && c != '\\')
            {
                json.Append(c);
            }
            else
            {
                json.Append("\\u").Append(((int)c).ToString("x4"));
            }
        }

        json.Append('"');
    }
}
