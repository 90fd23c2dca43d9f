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
    private const int Size = 2048;
    private const int MaxLength = 40;

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>This thread's table, fetched once per parse: a thread-static read per name was ~3% of a parse.</summary>
    public static Entry[] ForCurrentThread() => t_entries ??= new Entry[Size];

    /// <summary>The string of <c>source[start..start+length]</c>, shared with earlier occurrences when possible.</summary>
    /// <remarks>
    /// A name is keyed by its length and its first and last four characters, read as two 64-bit words (a shorter
    /// name is one zero-padded word), so the cost does not grow with the name. The key is kept beside the string:
    /// a name of up to eight characters is recognised from the table alone, without reading the string object,
    /// which was a cache miss per name. Longer names also compare their middle.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Get(Entry[] entries, string source, int start, int length)
    {
        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetReference(source.AsSpan()), start);
        ulong head;
        ulong tail;
        if (length >= 4)
        {
            head = Word(ref first, 0);
            tail = Word(ref first, length - 4);
        }
        else
        {
            head = ShortWord(ref first, length);
            tail = 0;
        }

        var slot = (int)((((head * 0x9E3779B97F4A7C15UL) ^ (tail + (ulong)length)) * 0xC2B2AE3D27D4EB4FUL) >> 53);

        // By reference, without a bounds check: the slot is eleven bits.
        ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entries), slot);
        if (entry.Head == head && entry.Tail == tail && entry.Length == length && entry.Value is { } existing
            && (length <= 8 || SameMiddle(ref first, existing)))
        {
            return existing;
        }

        var value = source.Substring(start, length);
        entry.Head = head;
        entry.Tail = tail;
        entry.Length = length;
        entry.Value = value;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ref char chars, int index) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, index)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShortWord(ref char chars, int length) => length switch
    {
        1 => chars,
        2 => chars | ((ulong)Unsafe.Add(ref chars, 1) << 16),
        _ => chars | ((ulong)Unsafe.Add(ref chars, 1) << 16) | ((ulong)Unsafe.Add(ref chars, 2) << 32),
    };

    /// <summary>Characters 4 to length-4 (the key holds the rest), a word at a time; the last word may overlap the tail.</summary>
    private static bool SameMiddle(ref char name, string existing)
    {
        ref var known = ref MemoryMarshal.GetReference(existing.AsSpan());
        for (var i = 4; i < existing.Length - 4; i += 4)
        {
            if (Word(ref name, i) != Word(ref known, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One slot: the key of the name it holds and the shared string.</summary>
    internal struct Entry
    {
        public ulong Head;
        public ulong Tail;
        public int Length;
        public string? Value;
    }
}
