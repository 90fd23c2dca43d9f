namespace Headless.GraphQL.Authorization;

/// <summary>Why a caller may not read a field; <paramref name="MissingPermission"/> is set for <see cref="AccessRefusalReason.Forbidden"/>.</summary>
public sealed record AccessRefusal(AccessRefusalReason Reason, string? MissingPermission);
