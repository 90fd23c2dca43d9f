using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every argument is defined by its field or directive (spec §5.4.1 Argument Names).</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _directiveArguments[directive.Name.Value] = [.. directive.Arguments.Select(a => a.Name.Value).Distinct()];
                }
            }
        }

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirectiveArguments(directive);

                    // Arguments below a directive are the directive's, already checked: the field check must not see them.
                    return false;
                case ArgumentNode argument when _context.Argument is null && _context.FieldDef is { } fieldDef && _context.ParentType is { } parentType:
                    var argumentName = argument.Name.Value;
                    var suggestions = _context.HideSuggestions ? [] : Suggestions.List(argumentName, fieldDef.Arguments.Select(a => a.Name));
                    _context.ReportError(
                        $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                    return true;
                default:
                    return true;
            }
        }

        private void CheckDirectiveArguments(DirectiveNode directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (!known.Contains(argumentName))
                {
                    var suggestions = _context.HideSuggestions ? [] : Suggestions.List(argumentName, known);
                    _context.ReportError(
                        $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                }
            }
        }
    }
}
