using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Headless.GraphQL.Language;

/// <summary>
/// Reads the tokens of a GraphQL source one at a time (spec §2.1 Source Text), skipping the ignored tokens:
/// byte-order marks, white space, line terminators, commas and comments. A struct so that looking one token ahead
/// is a copy of the lexer.
/// </summary>
internal struct Lexer
{
    private readonly string _source;
    private readonly NameTable.Entry[] _names;
    private int _line;
    private int _lineStart;

    public Lexer(string source)
    {
        _source = source;
        _names = NameTable.ForCurrentThread();
        _line = 1;
        _lineStart = 0;
        Kind = TokenKind.StartOfFile;
    }

    // The current token is kept as separate fields, each written once by the reader that found it. Returning a
    // Token struct instead was written field by field into a return buffer and copied out with one wide load,
    // which the processor cannot forward from the narrow stores: that stall was a quarter of the lexer's time.

    /// <summary>The kind of the token the parser looks at.</summary>
    public TokenKind Kind { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    /// <summary>Where the current token starts (0-based UTF-16 offset).</summary>
    public int Start { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    /// <summary>Where the current token ends (exclusive).</summary>
    public int End { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    /// <summary>The 1-based line of the current token's start.</summary>
    public int Line { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    /// <summary>The 1-based column of the current token's start.</summary>
    public int Column { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    /// <summary>The token the parser looks at.</summary>
    public readonly Token Token
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Kind, Start, End, Line, Column);
    }

    /// <summary>The end of the token before <see cref="Token"/>: where the node being finished ends.</summary>
    public int PreviousEnd { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    /// <summary>
    /// The value of the current token when it is a name, number or string; stale for other kinds. Kept out of
    /// <see cref="Token"/> so that a token is plain data: copying one then needs no write barrier and no zeroed
    /// stack slots, which was a large part of every parse method's cost.
    /// </summary>
    public string? Value { [MethodImpl(MethodImplOptions.AggressiveInlining)] readonly get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance()
    {
        PreviousEnd = End;
        if (Kind != TokenKind.EndOfFile)
        {
            ReadNextToken(End);
        }
    }

    /// <summary>The token after <see cref="Token"/>, leaving this lexer where it is.</summary>
    public readonly Lexer Lookahead()
    {
        var copy = this;
        copy.Advance();
        return copy;
    }

    /// <summary>The value of any token read from <paramref name="source"/>, for error messages.</summary>
    public static string? ValueOf(string source, in Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Name or TokenKind.Int or TokenKind.Float:
                return source[token.Start..token.End];
            case TokenKind.String or TokenKind.BlockString:
                var lexer = new Lexer(source);
                if (token.Kind == TokenKind.String)
                {
                    lexer.ReadString(token.Start);
                }
                else
                {
                    lexer.ReadBlockString(token.Start);
                }

                return lexer.Value;
            default:
                return null;
        }
    }

    private void ReadNextToken(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            int code = source[position];

            // Indentation is most of the characters of a formatted document: skip it before anything else.
            if (code == ' ')
            {
                position++;
                continue;
            }

            var kind = code < 128 ? CharacterClasses[code] : code == '\uFEFF' ? Ignored : Invalid;
            if (kind == NameStart)
            {
                ReadName(position);
                return;
            }

            if (kind >= Punctuator)
            {
                SetToken((TokenKind)(kind - Punctuator), position, position + 1);
                return;
            }

            switch (kind)
            {
                // Ignored: UnicodeBOM, WhiteSpace, Comma
                case Ignored:
                    position++;
                    continue;

                // LineTerminator
                case LineFeed:
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case CarriageReturn:
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;

                case CommentStart:
                    position = SkipComment(position);
                    continue;

                // IntValue | FloatValue
                case NumberStart:
                    ReadNumber(position, (char)code);
                    return;

                // StringValue
                case Quote:
                    if (At(position + 1) == '"' && At(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;

                case Dot when At(position + 1) == '.' && At(position + 2) == '.':
                    SetToken(TokenKind.Spread, position, position + 3);
                    return;
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        SetToken(TokenKind.EndOfFile, source.Length, source.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = 1 + start - _lineStart;
    }

    private const byte Invalid = 0;
    private const byte NameStart = 1;
    private const byte NumberStart = 2;
    private const byte Ignored = 3;
    private const byte LineFeed = 4;
    private const byte CarriageReturn = 5;
    private const byte CommentStart = 6;
    private const byte Quote = 7;
    private const byte Dot = 8;

    /// <summary>A single-character punctuator's class is this plus its <see cref="TokenKind"/>.</summary>
    private const byte Punctuator = 32;

    /// <summary>What an ASCII character can start: one table load instead of a chain of comparisons.</summary>
    private static ReadOnlySpan<byte> CharacterClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 34, 7, 6, 35, 0, 36, 0, 37, 38, 0, 0, 3, 2, 8, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 40, 0, 0, 41, 0, 0,
        42, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 43, 0, 44, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 45, 46, 47, 0, 0,
    ];

    /// <summary>Comment :: # CommentChar*, up to a line terminator (or a lone surrogate, which then fails as a character).</summary>
    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>Name :: NameStart NameContinue* (ASCII letters, digits and underscore).</summary>
    private void ReadName(int start)
    {
        var source = _source;
        var position = start + 1;

        // Eight characters at a time while they fit: most names end within the first block.
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source.AsSpan()));
        while (position + Vector128<ushort>.Count <= source.Length)
        {
            var block = Vector128.LoadUnsafe(ref chars, (nuint)position);
            var letter = Vector128.LessThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
            var digit = Vector128.LessThan(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var underscore = Vector128.Equals(block, Vector128.Create((ushort)'_'));
            var others = ~(letter | digit | underscore).ExtractMostSignificantBits() & 0xFF;
            if (others != 0)
            {
                position += BitOperations.TrailingZeroCount(others);
                NameToken(start, position);
                return;
            }

            position += Vector128<ushort>.Count;
        }

        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        NameToken(start, position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NameToken(int start, int end)
    {
        Value = NameTable.Get(_names, _source, start, end - start);
        SetToken(TokenKind.Name, start, end);
    }

    /// <summary>
    /// IntValue :: IntegerPart; FloatValue :: IntegerPart FractionalPart? ExponentPart?. A leading zero may not be
    /// followed by a digit, and a number may not be followed by a dot or a name start.
    /// </summary>
    private void ReadNumber(int start, char first)
    {
        var position = start;
        var code = (int)first;
        var isFloat = false;

        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code == '+' || code == '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        // Numbers repeat (limits, page sizes) like names do, so they share the name table.
        Value = NameTable.Get(_names, _source, start, position - start);
        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>StringValue :: " StringCharacter* " with escapes \" \\ \/ \b \f \n \r \t \uXXXX \u{X...}.</summary>
    private void ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < source.Length)
        {
            position = SkipPlainStringCharacters(position);
            if (position >= source.Length)
            {
                break;
            }

            var code = source[position];

            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = source.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(source, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                Value = text;
                SetToken(TokenKind.String, start, position + 1);
                return;
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(source, chunkStart, position - chunkStart);
                var size = At(position + 1) == 'u'
                    ? At(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>\u{X...}: one to eight hex digits naming a Unicode scalar value (no surrogates).</summary>
    /// <summary>
    /// The first position from <paramref name="position"/> that a string's scan must look at: a quote, a backslash,
    /// a line terminator or a surrogate. Eight characters at a time; the last few are left to the caller's loop.
    /// </summary>
    private readonly int SkipPlainStringCharacters(int position)
    {
        var source = _source;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source.AsSpan()));
        while (position + Vector128<ushort>.Count <= source.Length)
        {
            var block = Vector128.LoadUnsafe(ref chars, (nuint)position);
            var special = Vector128.Equals(block, Vector128.Create((ushort)'"'))
                | Vector128.Equals(block, Vector128.Create((ushort)'\\'))
                | Vector128.Equals(block, Vector128.Create((ushort)'\n'))
                | Vector128.Equals(block, Vector128.Create((ushort)'\r'))
                | Vector128.Equals(block & Vector128.Create((ushort)0xF800), Vector128.Create((ushort)0xD800));
            var found = special.ExtractMostSignificantBits();
            if (found != 0)
            {
                return position + BitOperations.TrailingZeroCount(found);
            }

            position += Vector128<ushort>.Count;
        }

        return position;
    }

    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // Shifting past 32 bits turns the value negative, which ends the escape like a bad digit does.
            point = (point << 4) | HexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary>\uXXXX: a scalar value, or a leading surrogate immediately followed by an escaped trailing one.</summary>
    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = At(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };

        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    /// <summary>
    /// BlockString :: """ BlockStringCharacter* """ — raw lines, only \""" escaped, then the spec's
    /// BlockStringValue() removes the common indentation and blank first and last lines.
    /// </summary>
    private void ReadBlockString(int start)
    {
        var source = _source;
        var line = _line;
        var lineStart = _lineStart;
        var position = start + 3;
        var hasEscapedQuotes = false;

        while (position < source.Length)
        {
            var code = source[position];

            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                var raw = source.AsSpan(start + 3, position - start - 3);
                Value = BlockString.Value(hasEscapedQuotes ? raw.ToString().Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal) : raw);
                SetToken(TokenKind.BlockString, start, position + 3);
                _line = line;
                _lineStart = lineStart;
                return;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                hasEscapedQuotes = true;
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                continue;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int Read16BitHexCode(int position) =>
        (HexDigit(At(position)) << 12) | (HexDigit(At(position + 1)) << 8) | (HexDigit(At(position + 2)) << 4) | HexDigit(At(position + 3));

    private static int HexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            value.Append(char.ConvertFromUtf32(point));
        }
    }

    /// <summary>The UTF-16 unit at <paramref name="position"/>, or -1 past the end (JavaScript's NaN).</summary>
    private readonly int At(int position) => position < _source.Length ? _source[position] : -1;

    private readonly string Slice(int start, int end) => _source[start..Math.Min(end, _source.Length)];

    private readonly bool IsSupplementaryCodePoint(int position) =>
        char.IsHighSurrogate(_source[position]) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameStart(int code) => (uint)code < 128 && NameChars[code] == 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameContinue(int code) => (uint)code < 128 && NameChars[code] != 0;

    /// <summary>ASCII classes for names: 1 = NameStart (letters, underscore), 2 = digit (NameContinue only), 0 = neither.</summary>
    private static ReadOnlySpan<byte> NameChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>How error messages show a character: "c" for printable ASCII, U+XXXX otherwise, &lt;EOF&gt; at the end.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_source[position], _source[position + 1]) : _source[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4");
    }

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_source, position, description);
}
