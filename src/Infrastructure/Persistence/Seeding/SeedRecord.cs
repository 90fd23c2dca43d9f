namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>
/// One row per seed that ran. Its primary key doubles as the lock that keeps two instances starting
/// together from seeding twice: the second insert waits for the first and then fails on the key.
/// </summary>
internal sealed class SeedRecord(string name, DateTimeOffset appliedAt)
{
    public string Name { get; private set; } = name;

    public DateTimeOffset AppliedAt { get; private set; } = appliedAt;
}
