using Headless.Api.Tests.Storefront;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Payments.CashOnDelivery;

/// <summary>The cash-on-delivery returns contract on SQLite, each test on a database file of its own.</summary>
public sealed class SqliteCashOnDeliveryReturnsTests : CashOnDeliveryReturnsContract, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-codreturns-{Guid.NewGuid():N}.db");
        _files.Add(path);
        var factory = new StorefrontApiFactory("Sqlite", $"Data Source={path}", settings);
        factory.CreateClient().Dispose();
        return Task.FromResult<WebApplicationFactory<Program>>(factory);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }
}
