namespace Headless.Domain.Catalog;

/// <summary>What is sold decides how it is delivered: only physical goods are shipped.</summary>
public enum ProductKind
{
    Physical,
    Digital,
    Service,
}
