using Headless.Domain.Catalog;
using Headless.Domain.Common;

namespace Headless.Domain.Tests.Builders;

/// <summary>A valid product unless a test says otherwise.</summary>
internal sealed class ProductBuilder
{
    private string _slug = "nokia-3310";
    private ProductKind _kind = ProductKind.Physical;
    private readonly List<(string Sku, Money Price)> _variants = [];

    public ProductBuilder WithSlug(string slug)
    {
        _slug = slug;
        return this;
    }

    public ProductBuilder OfKind(ProductKind kind)
    {
        _kind = kind;
        return this;
    }

    public ProductBuilder WithVariant(string sku, decimal price, string currency = "EUR")
    {
        _variants.Add((sku, new Money(price, currency)));
        return this;
    }

    public Product Build()
    {
        var product = new Product(_slug, "Nokia 3310", "A phone that survives anything.", _kind, Guid.CreateVersion7(), DateTimeOffset.UnixEpoch);
        for (var i = 0; i < _variants.Count; i++)
        {
            product.AddVariant(_variants[i].Sku, _variants[i].Price, null, new VariantOption("Edition", $"Edition {i + 1}"));
        }

        return product;
    }
}
