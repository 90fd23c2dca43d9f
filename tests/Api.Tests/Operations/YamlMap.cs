using System.Collections;

namespace Headless.Api.Tests.Operations;

/// <summary>A parsed YAML mapping (YamlDotNet's untyped form) with short accessors that fail with the missing key's name.</summary>
public sealed class YamlMap(Dictionary<object, object> values) : IEquatable<YamlMap>
{
    private readonly Dictionary<object, object> _values = values;

    public ICollection Keys => _values.Keys;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public string Get(string key) => Value(key).ToString()!;

    public YamlMap Map(string key) => new((Dictionary<object, object>)Value(key));

    public IReadOnlyList<YamlNode> List(string key) => [.. ((List<object>)Value(key)).Select(v => new YamlNode(v))];

    public bool Equals(YamlMap? other) =>
        other is not null && _values.Count == other._values.Count && _values.All(kv => other._values.TryGetValue(kv.Key, out var v) && Equals(v, kv.Value));

    public override bool Equals(object? obj) => Equals(obj as YamlMap);

    public override int GetHashCode() => _values.Count;

    private object Value(string key) =>
        _values.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No '{key}' in the YAML mapping (keys: {string.Join(", ", _values.Keys)}).");
}
