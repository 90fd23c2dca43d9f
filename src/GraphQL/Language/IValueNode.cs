namespace Headless.GraphQL.Language;

/// <summary>A value literal (or a variable, outside constant positions).</summary>
public interface IValueNode : INode;
