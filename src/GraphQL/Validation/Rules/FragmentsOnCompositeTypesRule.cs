using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Fragments condition only on objects, interfaces and unions (spec §5.5.1.3 Fragments On Composite Types).</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                        fragment.TypeCondition);
                    break;
            }

            return true;
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            AstTypes.TypeFromAst(context.Schema, condition) is { } type && type is not ICompositeType;
    }
}
