namespace Headless.GraphQL.Transport.Documents;

/// <summary>How the endpoint treats trusted (persisted) documents.</summary>
public sealed class TrustedDocumentOptions
{
    public TrustedDocumentStore Store { get; } = new();

    /// <summary>
    /// Only registered documents run; any other text is refused before parsing. For production apps whose
    /// operations are all known at build time.
    /// </summary>
    public bool AllowListOnly { get; set; }

    /// <summary>
    /// Accept the automatic persisted-query flow (<c>extensions.persistedQuery</c>): a hash alone runs a document
    /// registered earlier; a hash with the text registers it. Registration is off in allow-list mode.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; }

    /// <summary>Most documents remembered from the automatic flow (least recently used ones are forgotten).</summary>
    public int MaxAutomaticDocuments { get; set; } = 10_000;
}
