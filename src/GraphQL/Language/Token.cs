namespace Headless.GraphQL.Language;

/// <summary>
/// One lexical token: its kind and where it is. The value of a name, number or string is
/// <see cref="Lexer.Value"/> while the token is current, or <see cref="Lexer.ValueOf"/> afterwards.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column);
