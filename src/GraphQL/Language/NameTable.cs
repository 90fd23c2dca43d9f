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

    /// <summary>This thread's table, fetched once per parse: a thread-static read per name was ~3% of a parse.</summary>
    public static string?[] ForCurrentThread() => t_entries ??= new string?[Size];

    /// <summary>The string of <c>source[start..start+length]</c>, shared with earlier occurrences when possible.</summary>
    /// <remarks>
    /// The slot is chosen from the length and the first and last four characters, read as two 64-bit words, so the
    /// cost does not grow with the name. Names that agree on all of those share a slot and take turns; the full
    /// comparison below keeps that from ever returning a wrong string.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Get(string?[] entries, string source, int start, int length)
    {
        if (length is < 4 or > MaxLength)
        {
            return GetUncommon(entries, source, start, length);
        }

        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetReference(source.AsSpan()), start);
        var head = Word(ref first, 0);
        var tail = Word(ref first, length - 4);
        var slot = (int)((((head * 0x9E3779B97F4A7C15UL) ^ (tail + (ulong)length)) * 0xC2B2AE3D27D4EB4FUL) >> 52);

        // By reference without the array's covariance check.
        ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entries), slot);
        if (entry is { } existing && existing.Length == length)
        {
            ref var known = ref MemoryMarshal.GetReference(existing.AsSpan());
            if (Word(ref known, 0) == head && Word(ref known, length - 4) == tail
                && (length <= 8 || MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref first, 4), length - 8)
                    .SequenceEqual(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref known, 4), length - 8))))
            {
                return existing;
            }
        }

        return entry = source.Substring(start, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ref char chars, int index) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, index)));

    /// <summary>Names of one to three characters, hashed character by character; long ones are not shared.</summary>
    private static string GetUncommon(string?[] entries, string source, int start, int length)
    {
        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

        var slot = 0;
        for (var i = 0; i < length; i++)
        {
            slot = (slot * 31) + source[start + i];
        }

        ref var entry = ref entries[slot & (Size - 1)];
        if (entry is { } existing && source.AsSpan(start, length).SequenceEqual(existing))
        {
            return existing;
        }

        return entry = source.Substring(start, length);
    }
}
