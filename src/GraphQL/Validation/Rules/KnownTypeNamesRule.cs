using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every type a variable or fragment names exists in the schema (spec §5.5.1.2 Fragment Spread Type Existence, §5.8.2).</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    /// <summary>Built-in scalars and introspection types, which SDL may use without defining.</summary>
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is ITypeDefinitionNode type)
                {
                    _definedTypes.Add(type.Name.Value);
                }
            }
        }

        public override bool Enter(INode node)
        {
            if (node is not NamedTypeNode namedType)
            {
                return true;
            }

            var typeName = namedType.Name.Value;
            if (AstTypes.TypeFromAst(_context.Schema, namedType) is not null || _definedTypes.Contains(typeName))
            {
                return true;
            }

            var ancestors = _context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors[^1];
            var isSdl = definition is ITypeSystemDefinitionNode or ITypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return true;
            }

            var suggestions = _context.HideSuggestions
                ? []
                : Suggestions.List(typeName, (isSdl ? StandardTypeNames : []).Concat(_context.Schema.TypeMap.Keys).Concat(_definedTypes));
            _context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
            return true;
        }
    }
}
