using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>A picture of a product; alt text is required so storefronts stay accessible.</summary>
public sealed record ProductImage
{
    public const int MaxUrlLength = 2048;
    public const int MaxAltTextLength = 300;

    public ProductImage(string url, string altText, int position)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || url.Length > MaxUrlLength)
        {
            throw new DomainException(CatalogErrorCodes.InvalidImage, $"An image needs an absolute http(s) URL, was '{url}'.");
        }

        if (position < 0)
        {
            throw new DomainException(CatalogErrorCodes.InvalidPosition, "An image position cannot be negative.");
        }

        Url = url;
        AltText = Guard.Text(altText, MaxAltTextLength, CatalogErrorCodes.InvalidImage, "Image alt text");
        Position = position;
    }

    public string Url { get; }

    public string AltText { get; }

    public int Position { get; }
}
