using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every directive is defined and used where its definition allows (spec §5.7.1 Directives Are Defined, §5.7.2 Directives Are In Valid Locations).</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _locations[directive.Name] = [.. directive.Locations.Select(l => l.ToString())];
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _locations[directive.Name.Value] = [.. directive.Locations.Select(l => l.Value)];
                }
            }
        }

        public override bool Enter(INode node)
        {
            if (node is not DirectiveNode directive)
            {
                return true;
            }

            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", directive);
                return true;
            }

            if (LocationOf(_context.Ancestors) is { } location && !locations.Contains(location.ToString()))
            {
                _context.ReportError($"Directive \"@{name}\" may not be used on {location}.", directive);
            }

            return true;
        }

        private static DirectiveLocation? LocationOf(IReadOnlyList<INode> ancestors) => ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocation.MUTATION,
                OperationType.Subscription => DirectiveLocation.SUBSCRIPTION,
                _ => DirectiveLocation.QUERY,
            },
            FieldNode => DirectiveLocation.FIELD,
            FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
            InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
            FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
            VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.SCHEMA,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.SCALAR,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.OBJECT,
            FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.INTERFACE,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.UNION,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.ENUM,
            EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.INPUT_OBJECT,

            // graphql-js tells input fields from arguments by the definition holding them, and only a definition (not an extension) counts.
            InputValueDefinitionNode => ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.INPUT_FIELD_DEFINITION
                : DirectiveLocation.ARGUMENT_DEFINITION,
            _ => null,
        };
    }
}
