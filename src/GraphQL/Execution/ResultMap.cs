using System.Collections;

namespace Headless.GraphQL.Execution;

/// <summary>
/// One object of the response: values in selection order, sharing the key array of every object completed for the
/// same selection (a list of N objects allocates N value arrays and one key array).
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly System.Text.Json.JsonEncodedText[] _encodedKeys;
    private readonly object?[] _values;

    internal ResultMap(SelectionPlan plan, object?[] values)
        : this(plan.Keys, plan.EncodedKeys, values)
    {
    }

    /// <summary>A map built outside a selection plan (tests, hand-made results); it encodes its keys itself.</summary>
    internal ResultMap(string[] keys, object?[] values)
        : this(keys, [.. keys.Select(k => System.Text.Json.JsonEncodedText.Encode(k))], values)
    {
    }

    private ResultMap(string[] keys, System.Text.Json.JsonEncodedText[] encodedKeys, object?[] values)
    {
        _keys = keys;
        _encodedKeys = encodedKeys;
        _values = values;
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal string KeyAt(int index) => _keys[index];

    internal System.Text.Json.JsonEncodedText EncodedKeyAt(int index) => _encodedKeys[index];

    internal object? ValueAt(int index) => _values[index];

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
