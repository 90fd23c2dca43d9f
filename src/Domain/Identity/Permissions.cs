using System.Collections.Frozen;

namespace Headless.Domain.Identity;

/// <summary>
/// Every permission a staff member or API key can hold, as the admin schema's <c>@requires(permission: …)</c>
/// names them: <c>area:read</c> to look, <c>area:write</c> to change.
/// </summary>
public static class Permissions
{
    /// <summary>
    /// Held by every staff token and API key, never granted by choice: the admin schema's base rule, so that a
    /// customer's token is <c>FORBIDDEN</c> there and a staff token that may only enrol MFA still reaches enrolment.
    /// </summary>
    public const string AdminAccess = "admin:access";

    public const string OrdersRead = "orders:read";
    public const string OrdersWrite = "orders:write";
    public const string CatalogRead = "catalog:read";
    public const string CatalogWrite = "catalog:write";
    public const string InventoryRead = "inventory:read";
    public const string InventoryWrite = "inventory:write";
    public const string CustomersRead = "customers:read";
    public const string CustomersWrite = "customers:write";
    public const string SupportWrite = "support:write";
    public const string StaffRead = "staff:read";
    public const string StaffManage = "staff:manage";
    public const string ApiKeysManage = "api_keys:manage";
    public const string AuditRead = "audit:read";

    /// <summary>Webhook endpoints (their secrets included) and their delivery logs.</summary>
    public const string IntegrationsManage = "integrations:manage";

    public static FrozenSet<string> All { get; } = new[]
    {
        OrdersRead, OrdersWrite, CatalogRead, CatalogWrite, InventoryRead, InventoryWrite, CustomersRead,
        CustomersWrite, SupportWrite, StaffRead, StaffManage, ApiKeysManage, AuditRead, IntegrationsManage,
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string permission) => All.Contains(permission);
}
