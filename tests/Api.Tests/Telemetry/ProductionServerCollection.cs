namespace Headless.Api.Tests.Telemetry;

/// <summary>The test classes that read one <see cref="ProductionServer"/>'s log and metrics (starting it once).</summary>
[CollectionDefinition(Name)]
public sealed class ProductionServerCollection : ICollectionFixture<ProductionServer>
{
    public const string Name = "production server";
}
