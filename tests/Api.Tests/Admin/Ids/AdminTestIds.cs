using Headless.Api.Storefront;

namespace Headless.Api.Tests.Admin.Ids;

/// <summary>The database ID inside a global ID the admin answered, for tests that read stored rows or labels.</summary>
internal static class AdminTestIds
{
    public static string Uuid(string globalId) =>
        (GlobalId.TryDecode(globalId) ?? throw new InvalidOperationException($"\"{globalId}\" is not a global ID")).Id.ToString();

    /// <summary>The type named in a global ID; null when <paramref name="id"/> is not one (e.g. a bare UUID).</summary>
    public static string? TypeOf(string id) => GlobalId.TryDecode(id)?.TypeName;
}
