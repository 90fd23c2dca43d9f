using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    public const uint Seed = 2166136261;

    /// <summary>One step of the FNV-1a hash; the lexer folds it into its scan of the name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    /// <param name="hash">The <see cref="Hash"/> of the name's characters, from <see cref="Seed"/>.</param>
    /// <summary>This thread's table, fetched once per parse: a thread-static read per name was ~3% of a parse.</summary>
    public static string?[] ForCurrentThread() => t_entries ??= new string?[Size];

    public static string Get(string?[] entries, string source, int start, int length, uint hash)
    {
        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

        // By reference without the array's covariance check, and compared in a plain loop: names are a few
        // characters long, shorter than what the vectorized SequenceEqual call pays for itself on.
        ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entries), (int)(hash & (Size - 1)));
        if (entry is { } existing && existing.Length == length && Same(existing, source, start))
        {
            return existing;
        }

        return entry = source.Substring(start, length);
    }

    private static bool Same(string existing, string source, int start)
    {
        for (var i = 0; i < existing.Length; i++)
        {
            if (existing[i] != source[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
