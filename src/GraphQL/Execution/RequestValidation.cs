using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The seam between the facade and validation. Until the <c>validation</c> branch is merged this validates nothing;
/// switch over with one line: <c>Validate = Headless.GraphQL.Validation.DocumentValidator.Validate</c>.
/// </summary>
internal static class RequestValidation
{
    public static readonly Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> Validate = static (_, _) => [];
}
