using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive appears at most once per location (spec §5.7.3 Directives Are Unique Per Location).</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);

        // A type and its extensions, or the schema and its extensions, count as one location.
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _isUnique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _isUnique[directive.Name.Value] = !directive.Repeatable;
                }
            }
        }

        public override bool Enter(INode node)
        {
            if (node is not IHasDirectives { Directives: { Count: > 0 } directives })
            {
                return true;
            }

            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives;
                    break;
                case ITypeDefinitionNode type:
                    seen = TypeDirectives(type.Name.Value);
                    break;
                case ITypeExtensionNode extension:
                    seen = TypeDirectives(extension.Name.Value);
                    break;
                default:
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    break;
            }

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_isUnique.GetValueOrDefault(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return true;
        }

        private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out var seen))
            {
                _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            }

            return seen;
        }
    }
}
