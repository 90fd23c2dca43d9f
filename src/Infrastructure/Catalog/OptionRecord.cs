namespace Headless.Infrastructure.Catalog;

/// <summary>A variant's value for one option, e.g. Colour = Black.</summary>
public sealed record OptionRecord(string Name, string Value);
