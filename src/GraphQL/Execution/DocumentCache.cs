using Headless.GraphQL.Transport.Documents;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Documents that went through parse and validate, with their validation errors, so a repeated text skips both.
/// Keyed by the SHA-256 of the text and whether suggestions were hidden (the messages differ); bounded and
/// least-recently-used, so endless distinct documents cannot grow memory. The facade and the transport share it.
/// </summary>
public sealed class DocumentCache(int capacity = 1000)
{
    private const string HiddenSuggestionsSuffix = ":no-suggestions";

    private readonly BoundedCache<PreparedDocument> _entries = new(capacity);

    public int Capacity => _entries.Capacity;

    public int Count => _entries.Count;

    /// <summary>The key of a document text.</summary>
    public static string KeyOf(string text, bool hideSuggestions = false) => KeyOfHash(DocumentHash.Compute(text), hideSuggestions);

    /// <summary>The key of a text whose <see cref="DocumentHash"/> is already known (trusted and persisted documents).</summary>
    public static string KeyOfHash(string textHash, bool hideSuggestions) => hideSuggestions ? textHash + HiddenSuggestionsSuffix : textHash;

    public bool TryGet(string key, out PreparedDocument document) => _entries.TryGet(key, out document);

    public void Add(string key, PreparedDocument document) => _entries.Set(key, document);
}
