namespace Headless.Infrastructure.Payments;

/// <summary><c>Payments:BankAccount</c>: where shoppers who pay by bank transfer send the money.</summary>
public sealed class BankAccountOptions
{
    public string AccountHolder { get; set; } = "Headless Sandbox Shop";

    public string Iban { get; set; } = "DE02100100100006820101";

    public string Bic { get; set; } = "PBNKDEFFXXX";
}
