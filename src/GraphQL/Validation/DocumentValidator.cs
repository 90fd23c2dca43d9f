using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5, graphql-js <c>validate</c>): every rule runs in a
/// single walk of the document, sharing one <see cref="TypeInfo"/>.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Runs <paramref name="rules"/> (by default <see cref="SpecifiedRules.All"/>); returns no errors when the document is valid.</summary>
    /// <param name="maxErrors">After this many errors validation stops with a final "too many errors" error.</param>
    /// <param name="hideSuggestions">Leave "Did you mean …?" hints out of messages, for servers that hide their schema.</param>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = 100,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, OnError, hideSuggestions);
        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToList();
        var walker = new DocumentWalker(typeInfo, new ParallelVisitor(visitors));
        context.Ancestors = walker.Ancestors;

        try
        {
            walker.Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message ?? "Validation aborted.", ErrorCodes.ValidationFailed));
        }

        return errors;

        void OnError(GraphQLError error)
        {
            if (errors.Count >= maxErrors)
            {
                throw new ValidationAbortedException("Too many validation errors, error limit reached. Validation aborted.");
            }

            errors.Add(error);
        }
    }
}
