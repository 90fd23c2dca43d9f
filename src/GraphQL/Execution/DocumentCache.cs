using System.Security.Cryptography;
using System.Text;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of documents that parsed and validated, keyed by the SHA-256 of the query
/// text, so a repeated query skips both stages. Thread-safe; one lock, held only for dictionary and list updates.
/// </summary>
public sealed class DocumentCache(int capacity = 1000)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, DocumentNode Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, DocumentNode Document)> _recency = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public static string KeyOf(string query)
    {
        Span<byte> hash = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(query);
        SHA256.HashData(bytes, hash);
        return Convert.ToHexString(hash);
    }

    public bool TryGet(string key, out DocumentNode document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(string key, DocumentNode document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries[key] = _recency.AddFirst((key, document));
        }
    }
}
