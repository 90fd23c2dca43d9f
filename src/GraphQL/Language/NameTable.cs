namespace Headless.GraphQL.Language;

/// <summary>
/// Reuses the strings of short names: documents repeat a few names many times (<c>name</c>, <c>kind</c>,
/// <c>ofType</c>), and allocating each occurrence was most of the parser's garbage. A small per-thread table, last
/// writer wins; strings are immutable, so sharing them between documents is safe.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;
    private const int MaxLength = 40;

    [ThreadStatic]
    private static string?[]? t_entries;

    public static string Get(string source, int start, int length)
    {
        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

        var span = source.AsSpan(start, length);
        uint hash = 2166136261;
        foreach (var c in span)
        {
            hash = (hash ^ c) * 16777619;
        }

        var entries = t_entries ??= new string?[Size];
        ref var entry = ref entries[hash & (Size - 1)];
        if (entry is not null && span.SequenceEqual(entry))
        {
            return entry;
        }

        return entry = span.ToString();
    }
}
