using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every variable an operation declares is used by it or its fragments (spec §5.8.4 All Variables Used).</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions.Add(definition);
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

            var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition);
                }
            }
        }
    }
}
