using Headless.Api.Identity.ApiKeys;
using Headless.GraphQL.Authorization;
using Headless.GraphQL.Language;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Identity;

namespace Headless.Api.Admin.Audit;

/// <summary>
/// What is told to <see cref="AccessRefusalLog"/>: every admin field refused as <c>FORBIDDEN</c> (a known caller
/// lacking a permission, over HTTP or WebSocket alike), and every request or WebSocket <c>connection_init</c> refused
/// <c>UNAUTHENTICATED</c> because it presented a revoked or expired API key with its right secret. Plain anonymous calls are not recorded: they name nobody, and counting them would
/// only give the anonymous internet a way to write rows.
/// </summary>
internal static class AdminRefusalAudit
{
    public static Action<AccessRefusedEvent> Into(AccessRefusalLog log) => refused =>
    {
        if (refused.Refusal.Reason != AccessRefusalReason.Forbidden)
        {
            return;
        }

        string? requestId, clientAddress;
        lock (refused.Items)
        {
            requestId = refused.Items.TryGetValue(AdminAudit.RequestIdItem, out var id) ? id as string : null;
            clientAddress = refused.Items.TryGetValue(AdminAudit.ClientAddressItem, out var ip) ? ip as string : null;
        }

        var operation = refused.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var actor = AdminActor.Of(refused.User ?? new System.Security.Claims.ClaimsPrincipal());
        log.Record(actor, refused.Field.Name, AccessRefusalLog.FieldTargetType, $"{refused.ParentType.Name}.{refused.Field.Name}",
            GraphQL.Errors.ErrorCodes.Forbidden, refused.Refusal.MissingPermission, operation, requestId, clientAddress);
    };

    /// <summary>For a request refused with 401: records it when it presented a revoked or expired key with its secret.</summary>
    public static void RequestRefused(HttpContext http)
    {
        if (http.Items.TryGetValue(ApiKeyAuthenticationHandler.UnusableKeyItem, out var key) && key is string id)
        {
            UnusableKeyRefused(http, id, null);
        }
    }

    /// <summary>
    /// A revoked or expired key <paramref name="keyId"/> presented with its secret and refused at <paramref name="http"/>'s
    /// path: over HTTP (401) or in a WebSocket <c>connection_init</c> (closed 4403; <paramref name="operation"/> says so).
    /// </summary>
    public static void UnusableKeyRefused(HttpContext http, string keyId, string? operation) =>
        http.RequestServices.GetRequiredService<AccessRefusalLog>().Record(
            new AuditActor(CallerKinds.ApiKey, keyId), "authenticate", AccessRefusalLog.EndpointTargetType, http.Request.Path.Value ?? "/",
            GraphQL.Errors.ErrorCodes.Unauthenticated, null, operation, http.TraceIdentifier, http.Connection.RemoteIpAddress?.ToString());
}
