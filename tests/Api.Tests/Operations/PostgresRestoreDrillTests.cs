using System.Data.Common;
using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Npgsql;

namespace Headless.Api.Tests.Operations;

/// <summary>The restore drill on PostgreSQL: pg_dump while the server runs, then the database dropped and restored with pg_restore.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresRestoreDrillTests(PostgresServer postgres) : RestoreDrillContract
{
    private string _connectionString = "";

    protected override async Task<IReadOnlyDictionary<string, string>> DatabaseEnvironmentAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync("drill");
        return new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Headless"] = _connectionString,
        };
    }

    protected override async Task DestroyDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(_connectionString).Database!;
        await using var connection = new NpgsqlConnection(postgres.ConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    protected override DbConnection OpenConnection() =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
}
