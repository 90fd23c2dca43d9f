using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Execution;

/// <summary>
/// A document text after parse and validate: the syntax tree (null when it did not parse) and the errors of the
/// stage that failed, none when it may execute.
/// </summary>
public sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors)
{
    public bool IsValid => Document is not null && Errors.Count == 0;
}
