using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Persistence.DesignTime;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>A context per provider, built the way <c>dotnet ef</c> builds it; none of them connects.</summary>
public static class ProviderModels
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres", "SqlServer" };

    public static HeadlessDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
