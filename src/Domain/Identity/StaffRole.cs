namespace Headless.Domain.Identity;

/// <summary>What a staff member does; <see cref="RolePermissions"/> says what each role may do.</summary>
public enum StaffRole
{
    Owner,
    Admin,
    Fulfillment,
    Support,
    Catalog,
    ReadOnly,
}
