using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>One PostgreSQL server for every test class in the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
