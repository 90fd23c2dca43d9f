using System.Text.Json;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>The grouped field set of a selection on one object type, in response order.</summary>
internal sealed class SelectionPlan(ObjectType type, FieldGroup[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldGroup[] Fields { get; } = fields;

    /// <summary>Shared by every <see cref="ResultMap"/> completed from this plan.</summary>
    public string[] Keys { get; } = [.. fields.Select(f => f.ResponseKey)];

    /// <summary>The keys as JSON property names, encoded once for every object the response writer writes.</summary>
    public JsonEncodedText[] EncodedKeys { get; } = [.. fields.Select(f => JsonEncodedText.Encode(f.ResponseKey))];
}
