using System.Collections.Concurrent;

namespace Headless.GraphQL.Diagnostics;

/// <summary>
/// Keeps metric labels bounded: operation names from trusted documents always count as themselves; any other name
/// does only while fewer than <see cref="Capacity"/> distinct names were seen, after which new ones are
/// <see cref="Other"/>. Anyone can send an operation name, and every distinct label value is a new time series.
/// </summary>
public sealed class OperationNames(int capacity)
{
    public const string Other = "other";

    public const string Anonymous = "anonymous";

    /// <summary>Longer names are cut: a label is for a dashboard, not for storing documents.</summary>
    public const int MaxLength = 100;

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity;

    public string LabelFor(string? name, bool trusted)
    {
        if (string.IsNullOrEmpty(name))
        {
            return Anonymous;
        }

        if (name.Length > MaxLength)
        {
            name = name[..MaxLength];
        }

        if (trusted || _seen.ContainsKey(name))
        {
            return name;
        }

        // A race may let a few more than the capacity in; the bound is what matters, not its exact value.
        if (_seen.Count >= Capacity)
        {
            return Other;
        }

        _seen.TryAdd(name, 0);
        return name;
    }
}
