namespace Headless.GraphQL.Language;

/// <summary>
/// One lexical token. <paramref name="Value"/> is set for names, numbers (as written) and strings (decoded);
/// punctuators have none.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);
