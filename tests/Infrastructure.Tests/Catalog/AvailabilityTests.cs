using Headless.Infrastructure.Catalog;

namespace Headless.Infrastructure.Tests.Catalog;

public sealed class AvailabilityTests
{
    [Theory]
    [InlineData(null, AvailabilityStatus.InStock, null)]
    [InlineData(0, AvailabilityStatus.OutOfStock, 0)]
    [InlineData(1, AvailabilityStatus.LowStock, 1)]
    [InlineData(Availability.LowStockThreshold, AvailabilityStatus.LowStock, Availability.LowStockThreshold)]
    [InlineData(Availability.LowStockThreshold + 1, AvailabilityStatus.InStock, Availability.LowStockThreshold + 1)]
    public void UnitsAvailableDecideTheStatus(int? available, AvailabilityStatus status, int? quantity) =>
        Assert.Equal(new Availability(status, quantity), Availability.Of(available));
}
