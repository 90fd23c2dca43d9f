namespace Headless.Infrastructure.Catalog;

/// <summary>A variant's value for option <see cref="Name"/> (any case) must be one of <see cref="Values"/>.</summary>
public sealed record OptionCondition(string Name, IReadOnlyList<string> Values);
