using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Identity;

/// <summary><see cref="TrustedDeviceContract"/> on SQLite, on a database file of its own.</summary>
public sealed class SqliteTrustedDeviceTests(SqliteTrustedDeviceTests.Host host) : TrustedDeviceContract, IClassFixture<SqliteTrustedDeviceTests.Host>
{
    protected override StorefrontApiFactory Factory => host.Factory;

    /// <summary>One host for the class, with the setting on.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-devices-{Guid.NewGuid():N}.db");

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
