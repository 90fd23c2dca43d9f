using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Leaf fields have no selection set; composite fields have a non-empty one (spec §5.3.3 Leaf Field Selections).</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            if (node is not FieldNode field || context.Type is not { } type)
            {
                return true;
            }

            var fieldName = field.Name.Value;
            if (type.GetNamedType() is ILeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field);
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
            }

            return true;
        }
    }
}
