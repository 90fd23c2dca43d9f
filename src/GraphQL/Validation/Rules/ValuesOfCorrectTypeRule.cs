using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>
/// Every literal fits the type its position expects, input objects get their required fields and only known ones,
/// and a <c>@oneOf</c> object exactly one non-null field (spec §5.6.1 Values of Correct Type, §5.6.2, §5.6.4).
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            switch (node)
            {
                case ListValueNode list:
                    // TypeInfo already stepped into the item type, so the list's own type is the parent's.
                    if (context.ParentInputType?.GetNullableType() is not ListType)
                    {
                        CheckLeafValue(list);
                        return false;
                    }

                    return true;
                case ObjectValueNode objectValue:
                    return CheckObjectValue(objectValue);
                case ObjectFieldNode field:
                    if (context.InputType is null && context.ParentInputType?.GetNamedType() is InputObjectType parentType)
                    {
                        var suggestions = context.HideSuggestions ? [] : Suggestions.List(field.Name.Value, parentType.Fields.Keys);
                        context.ReportError(
                            $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                            field);
                    }

                    return true;
                case NullValueNode nullValue:
                    if (context.InputType is NonNullType nonNull)
                    {
                        context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                    }

                    return true;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeafValue((IValueNode)node);
                    return true;
                default:
                    return true;
            }
        }

        private bool CheckObjectValue(ObjectValueNode node)
        {
            if (context.InputType?.GetNamedType() is not InputObjectType type)
            {
                CheckLeafValue(node);
                return false;
            }

            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                given[field.Name.Value] = field;
            }

            foreach (var fieldDef in type.Fields.Values)
            {
                if (!given.ContainsKey(fieldDef.Name) && fieldDef.IsRequiredArgument())
                {
                    context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
                }
            }

            if (type.IsOneOf)
            {
                if (given.Count != 1)
                {
                    context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                }
                else if (given.Values.Single().Value is NullValueNode)
                {
                    context.ReportError($"Field \"{type.Name}.{given.Keys.Single()}\" must be non-null.", node);
                }
            }

            return true;
        }

        /// <summary>Checks a literal against a scalar or enum; any other expected type cannot take it.</summary>
        private void CheckLeafValue(IValueNode node)
        {
            if (context.InputType is not { } locationType)
            {
                return;
            }

            switch (locationType.GetNamedType())
            {
                case EnumType enumType:
                    CheckEnumValue(enumType, node);
                    break;
                case ScalarType scalar:
                    try
                    {
                        scalar.ParseLiteral(node);
                    }
                    catch (ValueCoercionException error)
                    {
                        context.ReportError(error.Message, node);
                    }
                    catch (Exception error) when (error is FormatException or OverflowException or InvalidOperationException or ArgumentException)
                    {
                        context.ReportError(
                            new GraphQLError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", ErrorCodes.ValidationFailed)
                                .WithLocations([node]) with { OriginalException = error });
                    }

                    break;
                default:
                    context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                    break;
            }
        }

        private void CheckEnumValue(EnumType enumType, IValueNode node)
        {
            var printed = Printer.Print(node);
            string message;
            if (node is not EnumValueNode enumValue)
            {
                message = $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.";
            }
            else if (enumType.GetValue(enumValue.Value) is null)
            {
                message = $"Value \"{printed}\" does not exist in \"{enumType.Name}\" enum.";
            }
            else
            {
                return;
            }

            var suggestions = context.HideSuggestions ? [] : Suggestions.List(printed, enumType.Values.Select(v => v.Name));
            context.ReportError(message + Suggestions.DidYouMean("the enum value", suggestions), node);
        }
    }
}
