using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every non-null argument without a default is given (spec §5.4.2.1 Required Arguments).</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;

        // Directive name → its required arguments' names and printed types, in declaration order.
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _requiredDirectiveArguments[directive.Name] =
                    [.. directive.Arguments.Where(a => a.IsRequiredArgument()).Select(a => (a.Name, a.Type.ToString()!))];
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    var required = new List<(string Name, string Type)>();
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                        {
                            required.RemoveAll(r => r.Name == argument.Name.Value);
                            required.Add((argument.Name.Value, Printer.Print(argument.Type)));
                        }
                    }

                    _requiredDirectiveArguments[directive.Name.Value] = required;
                }
            }
        }

        // Checked on the way out, so that errors deeper inside come first.
        public override void Leave(INode node)
        {
            switch (node)
            {
                case FieldNode field when _context.FieldDef is { } fieldDef:
                    foreach (var argument in fieldDef.Arguments)
                    {
                        if (argument.IsRequiredArgument() && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                        {
                            _context.ReportError(
                                $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                                field);
                        }
                    }

                    break;
                case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required)
                    {
                        if (!directive.Arguments.Any(a => a.Name.Value == name))
                        {
                            _context.ReportError(
                                $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                                directive);
                        }
                    }

                    break;
            }
        }
    }
}
