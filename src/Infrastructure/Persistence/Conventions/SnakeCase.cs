using System.Text;

namespace Headless.Infrastructure.Persistence.Conventions;

/// <summary>Turns .NET names (<c>CompareAtPrice_Amount</c>, <c>PK_products</c>) into snake_case.</summary>
public static class SnakeCase
{
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                AppendSeparator(builder);
                continue;
            }

            if (char.IsUpper(c) && i > 0 && StartsWord(name, i))
            {
                AppendSeparator(builder);
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Trim('_');
    }

    // "ProductId" splits before "I"; "SKUCode" splits before "C" (end of an acronym), not inside "SKU".
    private static bool StartsWord(string name, int i)
    {
        var previous = name[i - 1];
        if (char.IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }

        return char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }

    private static void AppendSeparator(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != '_')
        {
            builder.Append('_');
        }
    }
}
