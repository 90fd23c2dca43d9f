namespace Headless.GraphQL.Types;

/// <summary>A directive as written on a schema element, with its arguments already coerced.</summary>
public sealed record AppliedDirective(string Name, IReadOnlyDictionary<string, object?> Arguments);
