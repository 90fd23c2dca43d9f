using Headless.Api.Storefront;
using Headless.Infrastructure.Identity;

namespace Headless.Api.Admin;

/// <summary>
/// The admin schema's IDs are the storefront's opaque global IDs (<see cref="GlobalId"/>), so one product, variant,
/// category, order or order line has one ID in both APIs. On input the bare UUID the admin answered before is still
/// accepted (deprecated: it will be refused once integrators have moved; README "Admin API").
/// </summary>
internal static class AdminIds
{
    public const string Product = "Product";
    public const string Variant = "ProductVariant";
    public const string Category = "Category";
    public const string ImportJob = "CatalogImportJob";
    public const string Order = "Order";
    public const string OrderLine = "OrderLine";
    public const string OrderNote = "OrderNote";
    public const string Payment = "Payment";
    public const string Shipment = "Shipment";
    public const string Refund = "Refund";
    public const string Return = "Return";
    public const string StockLocation = "StockLocation";
    public const string StockOperation = "StockOperation";
    public const string StaffMember = "StaffMember";
    public const string ApiKey = "ApiKey";
    public const string WebhookEndpoint = "WebhookEndpoint";
    public const string WebhookDelivery = "WebhookDelivery";
    public const string ParkedStep = "ParkedStep";

    public static string Encode(string typeName, Guid id) => GlobalId.Encode(typeName, id);

    public static string? Encode(string typeName, Guid? id) => id is { } value ? GlobalId.Encode(typeName, value) : null;

    /// <summary>
    /// The ID of who acted (a stock movement's actor, a note's author): the global ID of the staff member or API key
    /// (as <c>StaffMember.id</c> and <c>ApiKey.id</c> answer it), or the stored text for other kinds (the system).
    /// </summary>
    public static string? Actor(string kind, string? id) => Guid.TryParseExact(id, "D", out var uuid)
        ? kind switch
        {
            CallerKinds.Staff => Encode(StaffMember, uuid),
            CallerKinds.ApiKey => Encode(ApiKey, uuid),
            _ => id,
        }
        : id;

    /// <summary>
    /// The database ID the audit log stores for an ID given to its filter: the UUID inside a global ID of any type
    /// (so <c>viewer</c>'s or an order's ID finds its entries), anything else as given.
    /// </summary>
    public static string? Stored(string? id) => id is not null && GlobalId.TryDecode(id) is { } decoded ? decoded.Id.ToString() : id;

    /// <summary>The id in a global ID of <paramref name="typeName"/>, or in a bare UUID (deprecated form); null otherwise.</summary>
    public static Guid? Parse(string? id, string typeName)
    {
        if (id is null)
        {
            return null;
        }

        if (Guid.TryParseExact(id, "D", out var bare))
        {
            return bare;
        }

        return GlobalId.TryDecode(id) is { } decoded && decoded.TypeName == typeName ? decoded.Id : null;
    }
}
