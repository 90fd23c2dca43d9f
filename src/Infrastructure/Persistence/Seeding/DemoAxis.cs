namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>A variant option name with its values and what each value adds to the price.</summary>
internal sealed record DemoAxis(string Name, IReadOnlyList<(string Value, decimal Delta)> Values)
{
    public static DemoAxis Of(string name, params (string Value, decimal Delta)[] values) => new(name, values);

    public static DemoAxis Plain(string name, params string[] values) => new(name, values.Select(v => (v, 0m)).ToArray());
}
