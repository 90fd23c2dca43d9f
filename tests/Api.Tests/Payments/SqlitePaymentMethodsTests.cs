using Headless.Api.Tests.Storefront;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Payments;

/// <summary>The payment-method contract on SQLite, each test on a database file of its own.</summary>
public sealed class SqlitePaymentMethodsTests : PaymentMethodsContract, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-payments-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return Task.FromResult(Started(new StorefrontApiFactory("Sqlite", $"Data Source={path}", settings)));
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
