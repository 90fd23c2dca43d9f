using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>One axis a variant differs on, such as "Colour: Black" or "Storage: 256 GB".</summary>
public sealed record VariantOption
{
    public const int MaxNameLength = 100;
    public const int MaxValueLength = 200;

    public VariantOption(string name, string value)
    {
        Name = Guard.Text(name, MaxNameLength, CatalogErrorCodes.InvalidOption, "Option name");
        Value = Guard.Text(value, MaxValueLength, CatalogErrorCodes.InvalidOption, "Option value");
    }

    public string Name { get; }

    public string Value { get; }
}
