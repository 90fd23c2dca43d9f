using System.Security.Cryptography;
using Headless.Domain.Catalog;
using Headless.Infrastructure.Sandbox;

namespace Headless.Infrastructure.Fulfillment;

/// <summary>
/// The built-in operator: credits a top-up, activates a data package or changes a plan (by the product it is asked
/// for) and answers with a confirmation reference, recorded in the <see cref="SandboxLedger"/> so a repeat of a key
/// returns the same reference, across restarts. Recipients ending in <see cref="UnavailableSuffix"/> make the
/// operator fail every time (as if it were down); ending in <see cref="RefusedSuffix"/>, it refuses them for good.
/// </summary>
public sealed class SandboxOperator(SandboxLedger ledger, FulfillmentSandboxOptions options) : IFulfillmentProvider
{
    public const string ProviderName = "sandbox-operator";
    public const string UnavailableSuffix = "0000";
    public const string RefusedSuffix = "9999";
    public const string ReferencePrefix = "OPR-";

    public string Name => ProviderName;

    public async Task<FulfillmentResult> FulfillAsync(FulfillmentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Recipient?.EndsWith(UnavailableSuffix, StringComparison.Ordinal) == true)
        {
            return FulfillmentResult.Failed("The sandbox operator is unavailable for this recipient.");
        }

        if (request.Recipient?.EndsWith(RefusedSuffix, StringComparison.Ordinal) == true)
        {
            return FulfillmentResult.Failed("The sandbox operator does not know this recipient.", permanent: true);
        }

        var kind = Operation(request);
        var effect = await ledger.RecordOnceAsync(
            "operator:" + request.IdempotencyKey,
            kind,
            request.OrderNumber,
            () => ReferencePrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)),
            ct);

        // Credited, but slow to say so: the window in which a crash leaves a done effect and an unfinished step.
        if (options.Delay > TimeSpan.Zero)
        {
            await Task.Delay(options.Delay, ct);
        }

        return FulfillmentResult.Confirmed(effect.Reference);
    }

    /// <summary>What the operator does, from the product: data packages are activated, plans changed, anything else credited.</summary>
    public static string Operation(FulfillmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.ProductName;
        return request.Kind switch
        {
            ProductKind.Service when name.Contains("data", StringComparison.OrdinalIgnoreCase) => "operator.data-package",
            ProductKind.Service when name.Contains("plan", StringComparison.OrdinalIgnoreCase) => "operator.plan-change",
            ProductKind.Service => "operator.top-up",
            _ => "operator.code",
        };
    }
}
