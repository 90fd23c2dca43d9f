namespace Headless.GraphQL.Types;

/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
public interface IGraphQLType;

/// <summary>A type with a name in the schema (scalar, object, interface, union, enum, input object).</summary>
public interface INamedType : IGraphQLType
{
    string Name { get; }

    string? Description { get; }

    /// <summary>Directives applied to the type in SDL, kept for policies such as authorization or cost.</summary>
    IReadOnlyList<AppliedDirective> AppliedDirectives { get; }
}

/// <summary>A type that may appear as a field's result.</summary>
public interface IOutputType : IGraphQLType;

/// <summary>A type that may appear as an argument, variable or input field.</summary>
public interface IInputType : IGraphQLType;

/// <summary>Scalars and enums: the leaves of a response.</summary>
public interface ILeafType : INamedType, IOutputType, IInputType
{
    /// <summary>Turns a resolved CLR value into its serialized result value; throws <see cref="ValueCoercionException"/> when it cannot.</summary>
    object? Serialize(object? value);
}

/// <summary>Object, interface and union types: types with selection sets.</summary>
public interface ICompositeType : INamedType, IOutputType;

/// <summary>Interfaces and unions, whose concrete object type is decided at run time.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>Optional resolver of the concrete object type; when absent the executor asks each possible type's <see cref="ObjectType.IsTypeOf"/>.</summary>
    TypeResolver? ResolveType { get; set; }
}

/// <summary>Object and interface types: types that declare fields.</summary>
public interface IFieldsContainer : ICompositeType
{
    IReadOnlyDictionary<string, FieldDefinition> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}
