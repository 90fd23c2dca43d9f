using System.Text;
using System.Text.Json;

namespace Headless.GraphQL.Tests.Support;

/// <summary>Reads JSON strings that may hold lone surrogates (as JavaScript writes them), which System.Text.Json refuses.</summary>
internal static class JsonLiteral
{
    /// <summary>System.Text.Json refuses lone surrogates, which some cases are about; decode the literal ourselves.</summary>
    public static string Decode(JsonElement element)
    {
        var literal = element.GetRawText();
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case 'u':
                    text.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                default: text.Append(escape); break;
            }
        }

        return text.ToString();
    }
}
