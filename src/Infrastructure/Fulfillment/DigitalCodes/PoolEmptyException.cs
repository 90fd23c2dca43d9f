using Headless.Infrastructure.Pipeline;

namespace Headless.Infrastructure.Fulfillment.DigitalCodes;

/// <summary>The SKU's pool has no code left: the step waits for staff to add codes and re-run it.</summary>
public sealed class PoolEmptyException(string sku)
    : StepParkedException($"The code pool for {sku} is empty: add codes (DigitalCodes:Pools:{sku}) and re-run the step.");
