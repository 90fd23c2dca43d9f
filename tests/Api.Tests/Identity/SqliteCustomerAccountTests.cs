using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Identity;

/// <summary>The customer-account contract on SQLite, on a database file of its own.</summary>
public sealed class SqliteCustomerAccountTests : CustomerAccountContract, IClassFixture<SqliteCustomerAccountTests.Host>
{
    private readonly Host _host;

    public SqliteCustomerAccountTests(Host host) => _host = host;

    protected override StorefrontApiFactory Factory => _host.Factory;

    /// <summary>One seeded host for the class.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-accounts-{Guid.NewGuid():N}.db");

        public StorefrontApiFactory Factory { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Factory = new StorefrontApiFactory("Sqlite", $"Data Source={_path}", Settings);
            Factory.CreateClient().Dispose();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_path + suffix);
            }
        }
    }
}
