using Headless.Domain.Inventory;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Inventory;

public sealed class StockLocationTests
{
    [Theory]
    [InlineData("sha")]
    [InlineData("WH SHA")]
    [InlineData("")]
    public void CodeIsUpperCaseLettersDigitsAndHyphens(string code) =>
        DomainAssert.Fails(InventoryErrorCodes.InvalidLocationCode, () => _ = new StockLocation(code, "Warehouse"));

    [Fact]
    public void NameIsRequired() =>
        DomainAssert.Fails(InventoryErrorCodes.InvalidLocationName, () => _ = new StockLocation("WH-SHA", ""));
}
