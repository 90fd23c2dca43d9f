using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Variables are declared with input types only (spec §5.8.2 Variables Are Input Types).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            if (node is VariableDefinitionNode definition
                && AstTypes.TypeFromAst(context.Schema, definition.Type) is { } type
                && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type);
            }

            return true;
        }
    }
}
