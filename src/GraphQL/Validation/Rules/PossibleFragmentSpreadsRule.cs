using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>A fragment is spread only where some object could match both it and the enclosing type (spec §5.5.2.3 Fragment spread is possible).</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            switch (node)
            {
                case InlineFragmentNode inlineFragment
                    when context.Type is ICompositeType fragmentType
                        && context.ParentType is { } parentType
                        && !context.Schema.DoTypesOverlap(fragmentType, parentType):
                    context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        inlineFragment);
                    break;
                case FragmentSpreadNode spread
                    when FragmentType(spread.Name.Value) is { } fragmentType
                        && context.ParentType is { } parentType
                        && !context.Schema.DoTypesOverlap(fragmentType, parentType):
                    context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        spread);
                    break;
            }

            return true;
        }

        private ICompositeType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment ? AstTypes.TypeFromAst(context.Schema, fragment.TypeCondition) as ICompositeType : null;
    }
}
