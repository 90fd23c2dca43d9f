using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>A document sent for execution holds only operations and fragments (spec §5.1.1 Executable Definitions).</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            if (node is not DocumentNode document)
            {
                return true;
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is IExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    ITypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    ITypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "schema",
                };
                context.ReportError($"The {name} definition is not executable.", definition);
            }

            return false;
        }
    }
}
