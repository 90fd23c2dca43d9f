using System.Collections;
using System.Runtime.CompilerServices;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>A field's <c>@listSize</c> arguments (see <see cref="ListSizeDirective"/>), read once per field.</summary>
internal sealed record ListSize(
    long? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument,
    long? SlicingArgumentDefaultValue,
    long? SlicingArgumentMaximum)
{
    private static readonly ConditionalWeakTable<FieldDefinition, StrongBox<ListSize?>> Known = new();

    /// <summary>The field's size hints; null when it has no <c>@listSize</c>.</summary>
    public static ListSize? Of(FieldDefinition field) =>
        Known.GetValue(field, static f => new StrongBox<ListSize?>(Read(f))).Value;

    private static ListSize? Read(FieldDefinition field)
    {
        var directive = field.AppliedDirectives.FirstOrDefault(d => d.Name == ListSizeDirective.Name);
        if (directive is null)
        {
            return null;
        }

        var arguments = directive.Arguments;
        return new ListSize(
            Number(arguments, "assumedSize"),
            Names(arguments, "slicingArguments"),
            Names(arguments, "sizedFields"),
            !arguments.TryGetValue("requireOneSlicingArgument", out var require) || require is not false,
            Number(arguments, "slicingArgumentDefaultValue"),
            Number(arguments, "slicingArgumentMaximum"));
    }

    private static long? Number(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && JsValues.TryGetNumber(value, out var number) ? (long)Math.Max(0, number) : null;

    private static IReadOnlyList<string> Names(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value is IEnumerable names and not string ? [.. names.OfType<string>()] : [];
}
