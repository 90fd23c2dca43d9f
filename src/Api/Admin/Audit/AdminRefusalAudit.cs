using Headless.Api.Identity.ApiKeys;
using Headless.GraphQL.Authorization;
using Headless.GraphQL.Language;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Identity;

namespace Headless.Api.Admin.Audit;

/// <summary>
/// What is told to <see cref="AccessRefusalLog"/>: every admin field refused as <c>FORBIDDEN</c> (a known caller
/// lacking a permission), and every request refused <c>UNAUTHENTICATED</c> because it presented a revoked or expired
/// API key with its right secret. Plain anonymous calls are not recorded: they name nobody, and counting them would
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
            http.RequestServices.GetRequiredService<AccessRefusalLog>().Record(
                new AuditActor(CallerKinds.ApiKey, id), "authenticate", AccessRefusalLog.EndpointTargetType, http.Request.Path.Value ?? "/",
                GraphQL.Errors.ErrorCodes.Unauthenticated, null, null, http.TraceIdentifier, http.Connection.RemoteIpAddress?.ToString());
        }
    }
}
