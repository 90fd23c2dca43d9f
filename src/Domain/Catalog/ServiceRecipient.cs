namespace Headless.Domain.Catalog;

/// <summary>What a service needs to know about whom it is for; the storefront renders a field for it.</summary>
public enum ServiceRecipient
{
    /// <summary>A mobile number in E.164 form (<c>+4915112345678</c>), of the product's country.</summary>
    PhoneNumber,

    /// <summary>A customer or contract number with the operator.</summary>
    AccountNumber,
}
