using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every variable an operation uses, also inside its fragments, is declared by it (spec §5.8.3 All Variable Uses Defined).</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _defined.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _defined.Add(definition.Variable.Name.Value);
                    break;
            }

            return true;
        }

        public override void Leave(INode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_defined.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        operation);
                }
            }
        }
    }
}
