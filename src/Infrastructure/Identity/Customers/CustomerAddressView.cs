using Headless.Domain.Checkout;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>An address-book entry, decrypted.</summary>
public sealed record CustomerAddressView(Guid Id, bool IsDefault, Address Address, DateTimeOffset CreatedAt);
