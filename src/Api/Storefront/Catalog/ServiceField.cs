using Headless.Domain.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>One entry of <c>Product.serviceFields</c>.</summary>
internal sealed record ServiceField(string Name, ServiceRecipient Type, string Label, bool Required, string? CountryCode)
{
    public const string RecipientInput = "recipient";

    public static IReadOnlyList<ServiceField> For(ServiceRecipient? field, string? country) => field switch
    {
        ServiceRecipient.PhoneNumber => [new(RecipientInput, ServiceRecipient.PhoneNumber, "Phone number to top up", true, country)],
        ServiceRecipient.AccountNumber => [new(RecipientInput, ServiceRecipient.AccountNumber, "Account number", true, null)],
        _ => [],
    };
}
