namespace Headless.GraphQL.Validation;

/// <summary>Stops the walk when a work budget or the error limit is exhausted; the validator turns it into a final error.</summary>
internal sealed class ValidationAbortedException(string? message) : Exception(message);
