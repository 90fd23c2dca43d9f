using System.Security.Cryptography;
using Headless.Infrastructure.Sandbox;

namespace Headless.Infrastructure.Payments;

/// <summary>
/// A built-in provider for development and tests: deterministic by token (see <see cref="SandboxTokens"/>),
/// idempotent by key. Authorizations live in memory (it counts them so tests can prove a key never authorizes
/// twice); captures and refunds, when a <see cref="SandboxLedger"/> is given, are kept in the database like a real
/// provider keeps them, so a repeat after a restart or on another instance moves no money twice and tests can count them.
/// </summary>
public sealed class SandboxPaymentProvider(SandboxLedger? ledger = null) : IPaymentProvider
{
    public const string CaptureKind = "payment.capture";
    public const string RefundKind = "payment.refund";

    public const string ProviderName = "sandbox";
    public const string AuthorizationPrefix = "sbx_auth_";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PaymentResult> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private int _authorizations;

    public string Name => ProviderName;

    /// <summary>
    /// The sandbox stands in for a card processor (its tokens, see <see cref="SandboxTokens"/>, are card tokens), a
    /// wallet app and a bank: wallet and bank-transfer payments wait for the shopper (scan, transfer) until a webhook
    /// says the money came. The catalogue offers wallet and bank transfer only where they are switched on.
    /// </summary>
    public IReadOnlyList<string> Methods { get; } = [PaymentMethodCodes.Card, PaymentMethodCodes.Wallet, PaymentMethodCodes.BankTransfer];

    /// <summary>Authorizations granted (approved or waiting for action), each key counted once.</summary>
    public int AuthorizationCount => Volatile.Read(ref _authorizations);

    public int AttemptsFor(string idempotencyKey)
    {
        lock (_gate)
        {
            return _attempts.GetValueOrDefault("authorize:" + idempotencyKey);
        }
    }

    public Task<PaymentResult> AuthorizeAsync(AuthorizeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method is PaymentMethodCodes.Wallet or PaymentMethodCodes.BankTransfer)
        {
            // No token: the shopper pays in the wallet app or at their bank, and the provider's webhook reports it.
            return Answer("authorize:" + request.IdempotencyKey, _ => Grant(PaymentOutcome.RequiresAction));
        }

        return Answer("authorize:" + request.IdempotencyKey, attempt => request.Token switch
        {
            SandboxTokens.Approve => Grant(PaymentOutcome.Authorized),
            SandboxTokens.RequiresAction => Grant(PaymentOutcome.RequiresAction),
            SandboxTokens.TransientFailure when attempt == 1 => new PaymentResult(PaymentOutcome.TransientFailure, null, "The sandbox is briefly unavailable."),
            SandboxTokens.TransientFailure => Grant(PaymentOutcome.Authorized),
            SandboxTokens.Decline => new PaymentResult(PaymentOutcome.Declined, null, "The card was declined."),
            _ => new PaymentResult(PaymentOutcome.Declined, null, "Unknown sandbox token."),
        });
    }

    public Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct = default) =>
        Durable(CaptureKind, request.AuthorizationId, request.IdempotencyKey, PaymentOutcome.Captured, ct);

    /// <summary>Refunds succeed, except for the amounts of <see cref="SandboxRefundAmounts"/>, which answer pending first.</summary>
    public async Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pendingFor = SandboxRefundAmounts.PendingAnswers(request.Amount.Amount);
        if (pendingFor > 0)
        {
            var asked = await Answer("refund-ask:" + request.IdempotencyKey, attempt => attempt <= pendingFor
                ? new PaymentResult(PaymentOutcome.TransientFailure, null, "The refund is pending with the provider.")
                : new PaymentResult(PaymentOutcome.Authorized, request.AuthorizationId));
            if (asked.IsTransient)
            {
                return asked;
            }

            if (SandboxRefundAmounts.FailsAfterPending(request.Amount.Amount))
            {
                return new PaymentResult(PaymentOutcome.Declined, request.AuthorizationId, "The provider refused the refund after all.");
            }
        }

        return await Durable(RefundKind, request.AuthorizationId, request.IdempotencyKey, PaymentOutcome.Refunded, ct);
    }

    public Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct = default) =>
        Answer("void:" + request.IdempotencyKey, _ => Known(request.AuthorizationId, PaymentOutcome.Voided));

    private async Task<PaymentResult> Durable(string kind, string authorizationId, string key, PaymentOutcome outcome, CancellationToken ct)
    {
        var known = Known(authorizationId, outcome);
        if (ledger is null || known.Outcome != outcome)
        {
            return await Answer(kind + ":" + key, _ => known);
        }

        await ledger.RecordOnceAsync(kind + ":" + key, kind, authorizationId, () => authorizationId, ct);
        return known;
    }

    private Task<PaymentResult> Answer(string key, Func<int, PaymentResult> decide)
    {
        lock (_gate)
        {
            if (_answers.TryGetValue(key, out var earlier))
            {
                return Task.FromResult(earlier);
            }

            var attempt = _attempts[key] = _attempts.GetValueOrDefault(key) + 1;
            var result = decide(attempt);
            if (!result.IsTransient)
            {
                _answers[key] = result;
            }

            return Task.FromResult(result);
        }
    }

    private PaymentResult Grant(PaymentOutcome outcome)
    {
        Interlocked.Increment(ref _authorizations);
        return new PaymentResult(outcome, AuthorizationPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)));
    }

    private static PaymentResult Known(string authorizationId, PaymentOutcome outcome) =>
        authorizationId.StartsWith(AuthorizationPrefix, StringComparison.Ordinal)
            ? new PaymentResult(outcome, authorizationId)
            : new PaymentResult(PaymentOutcome.Declined, authorizationId, "Unknown authorization.");
}
