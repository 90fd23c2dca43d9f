using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>A descriptive fact shared by all variants of a product, such as "Brand: Nokia".</summary>
public sealed record ProductAttribute
{
    public const int MaxNameLength = 100;
    public const int MaxValueLength = 500;

    public ProductAttribute(string name, string value)
    {
        Name = Guard.Text(name, MaxNameLength, CatalogErrorCodes.InvalidAttribute, "Attribute name");
        Value = Guard.Text(value, MaxValueLength, CatalogErrorCodes.InvalidAttribute, "Attribute value");
    }

    public string Name { get; }

    public string Value { get; }
}
