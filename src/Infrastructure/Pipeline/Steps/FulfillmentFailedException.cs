namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>The provider did not deliver this time; the step is tried again later.</summary>
public sealed class FulfillmentFailedException(string reason) : Exception(reason);
