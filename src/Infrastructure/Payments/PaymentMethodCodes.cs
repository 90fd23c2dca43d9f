namespace Headless.Infrastructure.Payments;

/// <summary>The codes of the payment methods the shop knows (<c>PaymentInput.method</c>, <c>Payments:Methods:&lt;code&gt;</c>).</summary>
public static class PaymentMethodCodes
{
    /// <summary>A card, tokenized by the provider's client SDK; may need 3-D Secure.</summary>
    public const string Card = "card";

    /// <summary>A wallet app (the WeChat Pay / Alipay pattern): the shopper scans a QR code or is redirected, the provider's webhook confirms.</summary>
    public const string Wallet = "wallet";

    /// <summary>A bank transfer with a reference: the order waits for the funds, or expires.</summary>
    public const string BankTransfer = "bank_transfer";

    /// <summary>Cash paid to the carrier: nothing is captured until the parcel is delivered.</summary>
    public const string CashOnDelivery = "cash_on_delivery";

    public static readonly IReadOnlyList<string> All = [Card, Wallet, BankTransfer, CashOnDelivery];
}
