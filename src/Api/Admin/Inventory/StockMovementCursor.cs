using System.Globalization;
using System.Text;
using Headless.GraphQL.Execution;

namespace Headless.Api.Admin.Inventory;

/// <summary>The opaque cursor of <c>stockMovements</c>: base64url of <c>stock-movement:&lt;id&gt;</c>, the keyset position.</summary>
internal static class StockMovementCursor
{
    public const string InvalidCode = "INVALID_CURSOR";
    private const string Prefix = "stock-movement:";

    public static string Encode(long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <exception cref="GraphQLException">The cursor did not come from this connection.</exception>
    public static long Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                return id;
            }
        }
        catch (FormatException)
        {
            // Not base64: the same answer as any other foreign cursor.
        }

        throw new GraphQLException("This cursor did not come from stockMovements; pass an endCursor or cursor it returned.", InvalidCode);
    }
}
