namespace Headless.GraphQL.Validation;

/// <summary>One validation rule (spec §5): makes a fresh visitor for each validated document.</summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
