using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Headless.GraphQL.Language;

/// <summary>
/// Recursive-descent parser over <see cref="Lexer"/>: one method per grammar rule, split by spec section across the
/// partial files. Limits (tokens, depth, length) are checked as it goes.
/// </summary>
internal sealed partial class SyntaxParser
{
    private readonly string _source;
    private readonly ParserOptions _options;
    private readonly bool _noLocation;
    private readonly int _maxTokens;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;
    private object[] _scratch = new object[32];
    private int _scratchCount;

    public SyntaxParser(string source, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options;
        _noLocation = options.NoLocation;
        _maxTokens = options.MaxTokens;
        if (source.Length > options.MaxDocumentLength)
        {
            throw DocumentLimitException.At(
                source,
                options.MaxDocumentLength,
                DocumentLimit.Length,
                options.MaxDocumentLength,
                $"The document is longer than {options.MaxDocumentLength} characters (UTF-16 code units), the most this server reads. Send a shorter document.");
        }

        _lexer = new Lexer(source);
    }

    /// <summary>Value, with the whole source being one value literal.</summary>
    public IValueNode ParseWholeValue()
    {
        ExpectToken(TokenKind.StartOfFile);
        var value = ParseValueLiteral(isConst: false);
        ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Type, with the whole source being one type reference.</summary>
    public ITypeNode ParseWholeType()
    {
        ExpectToken(TokenKind.StartOfFile);
        var type = ParseTypeReference();
        ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private Token Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _lexer.Token;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekKeyword(string keyword) => _lexer.Token.Kind == TokenKind.Name && _lexer.Value == keyword;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _lexer.Advance();
        if (++_tokenCount > _maxTokens && _lexer.Token.Kind != TokenKind.EndOfFile)
        {
            throw TooManyTokens();
        }
    }

    private DocumentLimitException TooManyTokens() => DocumentLimitException.At(
        _source,
        _lexer.Token.Start,
        DocumentLimit.Tokens,
        _options.MaxTokens,
        $"The document has more than {_options.MaxTokens} tokens, the most this server reads. Send a smaller document.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Expected(kind, token);
        }

        Advance();
        return token;
    }

    private GraphQLSyntaxException Expected(TokenKind kind, in Token found) =>
        Error(found.Start, $"Expected {Describe(kind)}, found {Describe(found)}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || _lexer.Value != keyword)
        {
            throw Error(token.Start, $"Expected \"{keyword}\", found {Describe(token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxException Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        return Error(token.Start, $"Unexpected {Describe(token)}.");
    }

    private GraphQLSyntaxException Error(int offset, string description) => GraphQLSyntaxException.At(_source, offset, description);

    /// <summary>The location from <paramref name="start"/> to the end of the last token read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location Loc(in Token start) =>
        _noLocation ? default : new Location(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    /// <summary>
    /// Counts one more level of nesting; fails before recursion could exhaust the stack. The stack probe reads
    /// thread-local state through the runtime (it was ~7% of a parse when made on every level), so it runs every
    /// <see cref="StackCheckInterval"/> levels: that many levels take a few kilobytes of stack, well inside the
    /// margin the probe keeps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || ((_depth & (StackCheckInterval - 1)) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw TooDeep();
        }
    }

    private const int StackCheckInterval = 16;

    /// <summary>Deeper than allowed, or than the stack allows (then the depth reached is reported as the limit).</summary>
    private DocumentLimitException TooDeep()
    {
        var maximum = Math.Min(_options.MaxDepth, _depth - 1);
        return DocumentLimitException.At(
            _source,
            _lexer.Token.Start,
            DocumentLimit.Depth,
            maximum,
            $"The document nests selection sets, lists, objects or list types more than {maximum} levels deep, the most this server reads. Flatten the document.");
    }

    private void LeaveNesting() => _depth--;

    /// <summary>open item+ close: one or more items.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T[] Many<T>(TokenKind open, Func<SyntaxParser, T> parseItem, TokenKind close)
        where T : class
    {
        ExpectToken(open);
        var start = _scratchCount;
        do
        {
            Push(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return PopArray<T>(start);
    }

    /// <summary>(open item+ close)?: absent gives an empty list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<SyntaxParser, T> parseItem, TokenKind close)
        where T : class =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>open item* close: zero or more items.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private IReadOnlyList<T> Any<T>(TokenKind open, Func<SyntaxParser, T> parseItem, TokenKind close)
        where T : class
    {
        ExpectToken(open);
        var start = _scratchCount;
        while (!ExpectOptionalToken(close))
        {
            Push(parseItem(this));
        }

        return PopArray<T>(start);
    }

    /// <summary>delimiter? item (delimiter item)*.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T[] DelimitedMany<T>(TokenKind delimiter, Func<SyntaxParser, T> parseItem)
        where T : class
    {
        ExpectOptionalToken(delimiter);
        var start = _scratchCount;
        do
        {
            Push(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return PopArray<T>(start);
    }

    /// <summary>
    /// Items of the lists being read, nested lists above their parents, so each list is allocated once at its exact
    /// size instead of growing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(object item)
    {
        if (_scratchCount == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        // _scratch is exactly object[], so the store needs no covariance check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_scratch), _scratchCount++) = item;
    }

    private T[] PopArray<T>(int start)
        where T : class
    {
        var count = _scratchCount - start;
        if (count == 0)
        {
            return [];
        }

        // Every item between start and the top was pushed as a T, so the copy needs none of Array.Copy's
        // per-element type checks (they were ~10% of a parse).
        var items = new T[count];
        ref var source = ref Unsafe.As<object, T>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_scratch), start));
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref source, i);
        }

        _scratchCount = start;
        return items;
    }

    private string Describe(in Token token) =>
        Lexer.ValueOf(_source, token) is { } value ? $"{Describe(token.Kind)} \"{value}\"" : Describe(token.Kind);

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
