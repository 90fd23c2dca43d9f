using Headless.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Headless.Infrastructure.Tests.Persistence;

public sealed class PersistenceConfigurationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Sqlite", "Data Source=x.db", typeof(SqliteHeadlessDbContext))]
    [InlineData("postgres", "Host=127.0.0.1;Database=headless", typeof(PostgresHeadlessDbContext))]
    [InlineData("SqlServer", "Server=127.0.0.1;Database=headless", typeof(SqlServerHeadlessDbContext))]
    public async Task TheProviderIsChosenByConfiguration(string provider, string connectionString, Type expected)
    {
        await using var services = PersistenceHost.Create(("Database:Provider", provider), ("ConnectionStrings:Headless", connectionString), ("contentRoot", _temp.Path));

        var context = await services.WithContextAsync(db => Task.FromResult(db.GetType()));

        Assert.Equal(expected, context);
    }

    [Fact]
    public void AnUnknownProviderIsRejectedWithTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PersistenceHost.Create(("Database:Provider", "Oracle")));

        Assert.Contains("Sqlite, Postgres, SqlServer", error.Message);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void ServerProvidersNeedAConnectionString(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PersistenceHost.Create(("Database:Provider", provider)));

        Assert.Contains("ConnectionStrings:Headless", error.Message);
    }

    [Fact]
    public async Task TheReadyHealthCheckReportsTheDatabase()
    {
        await using var services = PersistenceHost.Create(("contentRoot", _temp.Path), ("Database:SeedDemoCatalog", "false"));
        await services.InitializeDatabaseAsync();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains("database", report.Entries.Keys);
    }
}
