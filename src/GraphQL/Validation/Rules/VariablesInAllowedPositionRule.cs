using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>
/// Each variable is used only where its declared type fits, nullable variables only where a default makes up for
/// them, and never nullable as a <c>@oneOf</c> field (spec §5.8.5 All Variable Usages are Allowed).
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions[definition.Variable.Name.Value] = definition;
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
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                if (AstTypes.TypeFromAst(context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition,
                        usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf}\".",
                        definition,
                        usage.Node);
                }
            }
        }

        /// <summary>A nullable variable may fill a non-null position only when a non-null default (its own or the position's) stands in.</summary>
        private bool IsAllowed(IGraphQLType variableType, IValueNode? variableDefault, IGraphQLType locationType, bool hasLocationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !hasLocationDefault)
                {
                    return false;
                }

                return context.Schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
            }

            return context.Schema.IsTypeSubTypeOf(variableType, locationType);
        }
    }
}
