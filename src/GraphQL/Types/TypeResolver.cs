namespace Headless.GraphQL.Types;

/// <summary>Decides the concrete object type of a value returned for an abstract type.</summary>
public delegate ObjectType? TypeResolver(object value, Schema schema);
