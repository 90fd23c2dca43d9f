namespace Headless.GraphQL.Types;

/// <summary>Raised by scalars and enums when a value cannot be represented; the message reaches the client.</summary>
public sealed class ValueCoercionException(string message) : Exception(message);
