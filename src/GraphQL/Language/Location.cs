namespace Headless.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: <paramref name="Start"/> and <paramref name="End"/> are 0-based UTF-16 offsets
/// (end exclusive); <paramref name="Line"/> and <paramref name="Column"/> are 1-based and point at the start.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
