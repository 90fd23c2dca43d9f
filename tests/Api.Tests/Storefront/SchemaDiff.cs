using Headless.GraphQL.Language;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// The breaking changes between a released SDL and the current one, for clients built against the release:
/// a removed type, field, argument, input field or enum value (unless the release already deprecated it); a changed
/// type of a field, argument or input field; a new required argument or input field (non-null without default).
/// </summary>
public static class SchemaDiff
{
    public static IReadOnlyList<string> BreakingChanges(string releasedSdl, string currentSdl)
    {
        var released = Types(releasedSdl);
        var current = Types(currentSdl);
        var changes = new List<string>();
        foreach (var (name, old) in released)
        {
            if (!current.TryGetValue(name, out var now))
            {
                changes.Add($"Type {name} was removed.");
                continue;
            }

            if (old.GetType() != now.GetType())
            {
                changes.Add($"Type {name} changed kind.");
                continue;
            }

            switch (old, now)
            {
                case (ObjectTypeDefinitionNode o, ObjectTypeDefinitionNode n):
                    CompareFields(name, o.Fields, n.Fields, changes);
                    break;
                case (InterfaceTypeDefinitionNode o, InterfaceTypeDefinitionNode n):
                    CompareFields(name, o.Fields, n.Fields, changes);
                    break;
                case (InputObjectTypeDefinitionNode o, InputObjectTypeDefinitionNode n):
                    CompareInputs($"{name}", "Input field", o.Fields, n.Fields, changes);
                    break;
                case (EnumTypeDefinitionNode o, EnumTypeDefinitionNode n):
                    foreach (var value in o.Values.Where(v => !IsDeprecated(v) && n.Values.All(x => x.Name.Value != v.Name.Value)))
                    {
                        changes.Add($"Enum value {name}.{value.Name.Value} was removed without being deprecated first.");
                    }

                    break;
            }
        }

        return changes;
    }

    private static Dictionary<string, ITypeDefinitionNode> Types(string sdl) =>
        Parser.Parse(sdl).Definitions.OfType<ITypeDefinitionNode>().ToDictionary(t => t.Name.Value);

    private static void CompareFields(string type, IReadOnlyList<FieldDefinitionNode> released, IReadOnlyList<FieldDefinitionNode> current, List<string> changes)
    {
        foreach (var old in released)
        {
            var now = current.FirstOrDefault(f => f.Name.Value == old.Name.Value);
            if (now is null)
            {
                if (!IsDeprecated(old))
                {
                    changes.Add($"Field {type}.{old.Name.Value} was removed without being deprecated first.");
                }

                continue;
            }

            if (Printer.Print(old.Type) != Printer.Print(now.Type))
            {
                changes.Add($"Field {type}.{old.Name.Value} changed type from {Printer.Print(old.Type)} to {Printer.Print(now.Type)}.");
            }

            CompareInputs($"{type}.{old.Name.Value}", "Argument", old.Arguments, now.Arguments, changes);
        }
    }

    private static void CompareInputs(
        string owner, string what, IReadOnlyList<InputValueDefinitionNode> released, IReadOnlyList<InputValueDefinitionNode> current, List<string> changes)
    {
        foreach (var old in released)
        {
            var now = current.FirstOrDefault(a => a.Name.Value == old.Name.Value);
            if (now is null)
            {
                if (!IsDeprecated(old))
                {
                    changes.Add($"{what} {owner}.{old.Name.Value} was removed without being deprecated first.");
                }
            }
            else if (Printer.Print(old.Type) != Printer.Print(now.Type))
            {
                changes.Add($"{what} {owner}.{old.Name.Value} changed type from {Printer.Print(old.Type)} to {Printer.Print(now.Type)}.");
            }
        }

        foreach (var added in current.Where(a => released.All(o => o.Name.Value != a.Name.Value)))
        {
            if (added.Type is NonNullTypeNode && added.DefaultValue is null)
            {
                changes.Add($"{what} {owner}.{added.Name.Value} was added as required.");
            }
        }
    }

    private static bool IsDeprecated(IHasDirectives element) => element.Directives.Any(d => d.Name.Value == "deprecated");
}
