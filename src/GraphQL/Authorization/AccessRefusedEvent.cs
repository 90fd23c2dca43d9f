using System.Security.Claims;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Authorization;

/// <summary>
/// A field refused to a caller by its access rule, told to <see cref="Execution.ExecutionOptions.OnAccessRefused"/>
/// before the error is reported. It carries no argument values: what the caller sent may hold personal data.
/// </summary>
public sealed record AccessRefusedEvent(
    ObjectType ParentType,
    FieldDefinition Field,
    AccessRefusal Refusal,
    OperationType Operation,
    ClaimsPrincipal? User,
    IDictionary<string, object?> Items);
