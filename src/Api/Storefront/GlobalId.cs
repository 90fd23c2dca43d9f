using System.Text;
using Headless.GraphQL.Execution;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront;

/// <summary>
/// Opaque global IDs: base64url of <c>"Type:guid"</c>. Clients must not parse them; the type prefix lets
/// <c>node(id)</c> find the right table and rejects an ID of one type where another is expected.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:D}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The type name and id inside <paramref name="globalId"/>, or null when it is not one of ours.</summary>
    public static (string TypeName, Guid Id)? TryDecode(string globalId)
    {
        try
        {
            var base64 = globalId.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && Guid.TryParseExact(text[(colon + 1)..], "D", out var id) ? (text[..colon], id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The id inside <paramref name="globalId"/> of a <paramref name="typeName"/>; a GraphQL error INVALID_ID otherwise.</summary>
    public static Guid Decode(string globalId, string typeName) =>
        TryDecode(globalId) is { } decoded && decoded.TypeName == typeName
            ? decoded.Id
            : throw Invalid(globalId, $"a {typeName} ID");

    public static GraphQLException Invalid(string globalId, string expected) =>
        new($"\"{(globalId.Length > 60 ? globalId[..60] + "…" : globalId)}\" is not {expected}; use an ID returned by this API.", CatalogInputErrorCodes.InvalidId);
}
