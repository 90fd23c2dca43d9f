using System.Collections.Concurrent;

namespace Headless.GraphQL.Transport.Documents;

/// <summary>
/// Documents the server knows by hash: registered at startup (e.g. from <c>schema/operations/*.graphql</c>, one
/// document per file), so that clients may send <c>documentId</c> instead of the text.
/// </summary>
public sealed class TrustedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    /// <summary>Registers a document and returns its id (<c>sha256:&lt;hex&gt;</c>).</summary>
    public string Register(string text)
    {
        var hash = DocumentHash.Compute(text);
        _documents[hash] = text;
        return DocumentHash.Prefix + hash;
    }

    /// <summary>Registers every file matching <paramref name="pattern"/> under <paramref name="directory"/>; returns their ids.</summary>
    public IReadOnlyList<string> RegisterDirectory(string directory, string pattern = "*.graphql") =>
        [.. Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => Register(File.ReadAllText(file)))];

    public bool TryGetByHash(string hash, out string text) => _documents.TryGetValue(hash, out text!);

    public bool ContainsText(string text) => _documents.ContainsKey(DocumentHash.Compute(text));
}
