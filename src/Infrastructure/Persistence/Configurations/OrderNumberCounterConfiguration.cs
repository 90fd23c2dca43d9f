using Headless.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OrderNumberCounterConfiguration : IEntityTypeConfiguration<OrderNumberCounter>
{
    public void Configure(EntityTypeBuilder<OrderNumberCounter> builder)
    {
        builder.ToTable("order_number_counters");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(32).ValueGeneratedNever();
        builder.Property(c => c.Value).HasColumnName("value");

        // The row exists from the first migration on, so no instance ever races to create it.
        builder.HasData(new OrderNumberCounter(OrderNumberCounter.OrdersName, 0));
    }
}
