using Headless.Domain.Checkout;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

/// <summary>Maps an optional <see cref="Address"/> to prefixed columns of its owner's table.</summary>
internal static class AddressColumns
{
    public static void Map(ComplexPropertyBuilder<Address> address, string prefix)
    {
        address.Property(a => a.FirstName).HasColumnName($"{prefix}_first_name").HasMaxLength(AddressRules.MaxNameLength);
        address.Property(a => a.LastName).HasColumnName($"{prefix}_last_name").HasMaxLength(AddressRules.MaxNameLength);
        address.Property(a => a.Company).HasColumnName($"{prefix}_company").HasMaxLength(AddressRules.MaxNameLength);
        address.Property(a => a.Line1).HasColumnName($"{prefix}_line1").HasMaxLength(AddressRules.MaxLineLength);
        address.Property(a => a.Line2).HasColumnName($"{prefix}_line2").HasMaxLength(AddressRules.MaxLineLength);
        address.Property(a => a.City).HasColumnName($"{prefix}_city").HasMaxLength(AddressRules.MaxCityLength);
        address.Property(a => a.Region).HasColumnName($"{prefix}_region").HasMaxLength(AddressRules.MaxRegionLength);
        address.Property(a => a.PostalCode).HasColumnName($"{prefix}_postal_code").HasMaxLength(AddressRules.MaxPostalCodeLength);
        address.Property(a => a.CountryCode).HasColumnName($"{prefix}_country_code").HasMaxLength(2).IsFixedLength();
        address.Property(a => a.Phone).HasColumnName($"{prefix}_phone").HasMaxLength(AddressRules.MaxPhoneLength);
    }
}
