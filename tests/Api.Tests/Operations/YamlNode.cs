namespace Headless.Api.Tests.Operations;

/// <summary>One entry of a parsed YAML sequence.</summary>
public sealed record YamlNode(object Value)
{
    public YamlMap AsMap() => new((Dictionary<object, object>)Value);

    public override string ToString() => Value.ToString()!;
}
