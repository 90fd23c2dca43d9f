namespace Headless.GraphQL.Execution;

/// <summary>The path to a value in the response: field names (response keys) and list indices, linked to the parent.</summary>
public sealed record ResponsePath(ResponsePath? Previous, object Key)
{
    public ResponsePath Append(string responseKey) => new(this, responseKey);

    public ResponsePath Append(int index) => new(this, index);

    /// <summary>The path as the <c>path</c> entry of an error: keys from the root, indices as numbers.</summary>
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var current = this; current is not null; current = current.Previous)
        {
            keys.Add(current.Key);
        }

        keys.Reverse();
        return keys;
    }

    public override string ToString() => string.Join('.', ToList());
}
