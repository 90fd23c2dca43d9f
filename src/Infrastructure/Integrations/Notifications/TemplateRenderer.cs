using System.Net;
using System.Text;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// Fills <c>{{name}}</c> placeholders (spaces inside the braces allowed). A placeholder without a value throws
/// rather than sending "{{trackingUrl}}" to a customer; HTML output encodes every value.
/// </summary>
public static class TemplateRenderer
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values, bool html)
    {
        var output = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                output.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"A placeholder opened at {open} is never closed.");
            }

            output.Append(template, i, open - i);
            var name = template[(open + 2)..close].Trim();
            if (!values.TryGetValue(name, out var value))
            {
                throw new KeyNotFoundException($"The template needs a value for '{name}'.");
            }

            output.Append(html ? WebUtility.HtmlEncode(value) : value);
            i = close + 2;
        }

        return output.ToString();
    }
}
