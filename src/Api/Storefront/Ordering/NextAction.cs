using System.Globalization;
using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Payments;

namespace Headless.Api.Storefront.Ordering;

/// <summary><c>Order.nextAction</c>: what the shopper must still do for a payment that waits for them, by method.</summary>
internal sealed record NextAction(
    NextActionType Type,
    string? RedirectUrl,
    string? QrCodeUrl = null,
    string? QrCodeSvg = null,
    string? Reference = null,
    BankAccountOptions? BankAccount = null,
    Money? Amount = null,
    string? Instructions = null,
    DateTimeOffset? ExpiresAt = null)
{
    public static NextAction Redirect(string url) => new(NextActionType.Redirect, url);

    /// <summary>Null unless the payment waits for the shopper.</summary>
    public static NextAction? For(Payment payment, Order order, PaymentOptions options)
    {
        if (payment.Status != PaymentStatus.RequiresAction)
        {
            return null;
        }

        var timeout = options.ActionTimeoutFor(payment.Method);
        DateTimeOffset? expiresAt = timeout > TimeSpan.Zero ? payment.CreatedAt + timeout : null;
        var reference = Uri.EscapeDataString(payment.AuthorizationId);
        switch (payment.Method)
        {
            case PaymentMethodCodes.Wallet:
                var payUrl = options.WalletPayUrl.Replace("{reference}", reference, StringComparison.Ordinal);
                return new NextAction(NextActionType.QrCode, payUrl, payUrl, WalletQrCode.Svg(payUrl), Amount: payment.Amount, ExpiresAt: expiresAt,
                    Instructions: "Scan the code with the wallet app and confirm the payment there; on this phone, open the link instead.");
            case PaymentMethodCodes.BankTransfer:
                var account = options.BankAccount;
                var until = expiresAt is { } e ? string.Create(CultureInfo.InvariantCulture, $" by {e:yyyy-MM-dd HH:mm} UTC") : "";
                return new NextAction(NextActionType.BankTransfer, null, Reference: order.Number, BankAccount: account, Amount: payment.Amount, ExpiresAt: expiresAt,
                    Instructions: string.Create(CultureInfo.InvariantCulture,
                        $"Transfer {payment.Amount.Amount:0.00} {payment.Amount.Currency} to {account.AccountHolder}, IBAN {account.Iban}, BIC {account.Bic}, quoting {order.Number} as the reference. If the money has not arrived{until}, the order is cancelled."));
            default:
                return new NextAction(NextActionType.Redirect, options.ActionRedirectUrl.Replace("{reference}", reference, StringComparison.Ordinal), ExpiresAt: expiresAt);
        }
    }
}
