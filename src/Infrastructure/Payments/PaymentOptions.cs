namespace Headless.Infrastructure.Payments;

/// <summary>Settings under <c>Payments</c> (the sandbox has its own section, <c>Payments:Sandbox</c>).</summary>
public sealed class PaymentOptions
{
    public const string SectionName = "Payments";

    /// <summary>
    /// How long an order whose payment waits for the shopper (3-D Secure) keeps its stock; after that it is
    /// cancelled and the stock goes back on sale. Zero turns expiry off.
    /// </summary>
    public TimeSpan RequiresActionTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often each instance looks for such orders; zero turns the sweep off.</summary>
    public TimeSpan RequiresActionSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each instance looks for refunds the provider has not answered yet; zero turns the follow-up off.</summary>
    public TimeSpan RefundFollowUpInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after it was started a pending refund is first asked about again; each further ask waits twice as long.</summary>
    public TimeSpan RefundRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two asks about one pending refund.</summary>
    public TimeSpan RefundMaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one instance holds the follow-up before another may take it over.</summary>
    public TimeSpan RefundFollowUpLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When the pipeline captures orders with physical goods; digital goods and services are always captured at once.</summary>
    public CapturePolicy CapturePolicy { get; set; } = CapturePolicy.Immediate;

    /// <summary>Where a shopper completes a payment that requires action (3-D Secure); <c>{reference}</c> becomes the payment's reference.</summary>
    public string ActionRedirectUrl { get; set; } = "https://payments.sandbox.invalid/3ds/{reference}";

    /// <summary>
    /// <c>Payments:Methods:&lt;code&gt;</c> (card, wallet, bank_transfer, cash_on_delivery): which methods are offered and
    /// to which carts. Only card is on unless set.
    /// </summary>
    public Dictionary<string, PaymentMethodOptions> Methods { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What a wallet's QR code encodes and where a phone is redirected to pay; <c>{reference}</c> becomes the payment's
    /// reference. The sandbox's default points nowhere: pay with the webhook or, in Development, <c>/dev/payments/sandbox/{orderId}/pay</c>.
    /// </summary>
    public string WalletPayUrl { get; set; } = "https://wallet.sandbox.invalid/pay/{reference}";

    /// <summary>The account bank transfers are paid into (shown to the shopper with the order's reference).</summary>
    public BankAccountOptions BankAccount { get; set; } = new();

    /// <summary>How long a payment of <paramref name="methodCode"/> may wait for the shopper before the order is cancelled.</summary>
    public TimeSpan ActionTimeoutFor(string methodCode) =>
        Methods.GetValueOrDefault(methodCode)?.ActionTimeout ?? RequiresActionTimeout;
}
