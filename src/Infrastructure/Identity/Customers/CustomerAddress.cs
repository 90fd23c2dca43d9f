namespace Headless.Infrastructure.Identity.Customers;

/// <summary>An address-book entry; the address is one encrypted JSON document.</summary>
public sealed class CustomerAddress
{
    public CustomerAddress(Guid id, Guid customerId, string addressProtected, DateTimeOffset createdAt)
    {
        Id = id;
        CustomerId = customerId;
        AddressProtected = addressProtected;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string AddressProtected { get; private set; }

    public bool IsDefault { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Replace(string addressProtected) => AddressProtected = addressProtected;

    public void SetDefault(bool isDefault) => IsDefault = isDefault;
}
