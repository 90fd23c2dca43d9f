using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Types;

/// <summary>Produces the value of one field for one parent object.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>Produces the source event stream of a subscription field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);
