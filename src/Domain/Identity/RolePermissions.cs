using System.Collections.Frozen;

namespace Headless.Domain.Identity;

/// <summary>The permissions of each staff role, as data: one row per role, read by sign-in and by API key creation.</summary>
public static class RolePermissions
{
    private static readonly FrozenDictionary<StaffRole, FrozenSet<string>> Table = new Dictionary<StaffRole, string[]>
    {
        [StaffRole.Owner] = [.. Permissions.All],
        [StaffRole.Admin] =
        [
            Permissions.OrdersRead, Permissions.OrdersWrite, Permissions.CatalogRead, Permissions.CatalogWrite,
            Permissions.InventoryRead, Permissions.InventoryWrite, Permissions.CustomersRead, Permissions.CustomersWrite,
            Permissions.SupportWrite, Permissions.StaffRead, Permissions.ApiKeysManage, Permissions.AuditRead,
            Permissions.IntegrationsManage,
        ],
        [StaffRole.Fulfillment] = [Permissions.OrdersRead, Permissions.OrdersWrite, Permissions.InventoryRead, Permissions.InventoryWrite, Permissions.CatalogRead],
        [StaffRole.Support] = [Permissions.OrdersRead, Permissions.CustomersRead, Permissions.SupportWrite, Permissions.CatalogRead],
        [StaffRole.Catalog] = [Permissions.CatalogRead, Permissions.CatalogWrite, Permissions.InventoryRead, Permissions.InventoryWrite],
        [StaffRole.ReadOnly] = [Permissions.OrdersRead, Permissions.CatalogRead, Permissions.InventoryRead, Permissions.CustomersRead, Permissions.StaffRead],
    }.ToFrozenDictionary(r => r.Key, r => r.Value.ToFrozenSet(StringComparer.Ordinal));

    public static FrozenSet<string> For(StaffRole role) => Table[role];
}
