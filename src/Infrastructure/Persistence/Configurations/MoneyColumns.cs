using Headless.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

internal static class MoneyColumns
{
    public static void Map(ComplexPropertyBuilder<Money> money, string prefix)
    {
        money.Property(m => m.Amount).HasColumnName($"{prefix}_amount").HasPrecision(18, 4);
        money.Property(m => m.Currency).HasColumnName($"{prefix}_currency").HasMaxLength(3).IsFixedLength();
    }
}
