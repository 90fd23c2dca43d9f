using Headless.Infrastructure.Persistence.Conventions;

namespace Headless.Infrastructure.Tests.Persistence;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("ProductId", "product_id")]
    [InlineData("CompareAtPrice_Amount", "compare_at_price_amount")]
    [InlineData("PK_products", "pk_products")]
    [InlineData("IX_product_variants_Sku", "ix_product_variants_sku")]
    [InlineData("SKUCode", "sku_code")]
    [InlineData("Line2", "line2")]
    [InlineData("already_snake", "already_snake")]
    public void NamesBecomeSnakeCase(string name, string expected) => Assert.Equal(expected, SnakeCase.From(name));
}
