using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation;

/// <summary>
/// A variable used in a value position: the type that position expects, whether the position has its own default
/// (an argument or input field default), and the input type around it (to spot <c>@oneOf</c> fields).
/// </summary>
public sealed record VariableUsage(VariableNode Node, IGraphQLType? Type, bool HasLocationDefault, IGraphQLType? ParentType);
