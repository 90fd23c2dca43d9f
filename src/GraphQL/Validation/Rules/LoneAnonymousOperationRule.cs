using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>An anonymous operation must be the only operation of its document (spec §5.2.2.1 Lone Anonymous Operation).</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                    context.ReportError("This anonymous operation must be the only defined operation.", operation);
                    break;
            }

            return true;
        }
    }
}
