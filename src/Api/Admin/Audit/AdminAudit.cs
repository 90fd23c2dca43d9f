using System.Collections;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Auditing;

namespace Headless.Api.Admin.Audit;

/// <summary>
/// Opens an <see cref="AuditContext"/> around every root mutation field of the admin schema (actor, action = the
/// field's name, request id, client address), so whatever it saves is recorded in the same save; when it saved
/// nothing, one closing entry records the attempt and its outcome (refused with its codes, replayed, unchanged,
/// failed). Wrapping is done once on the built schema, so a mutation added later is audited without a line of code.
/// </summary>
internal static class AdminAudit
{
    public const string RequestIdItem = "audit.requestId";
    public const string ClientAddressItem = "audit.clientAddress";

    /// <summary>For <c>OnRequest</c>: what the audit entries of the request record about where it came from.</summary>
    public static ValueTask CaptureRequest(HttpContext http, IDictionary<string, object?> items)
    {
        items[RequestIdItem] = http.TraceIdentifier;
        items[ClientAddressItem] = http.Connection.RemoteIpAddress?.ToString();
        return ValueTask.CompletedTask;
    }

    public static Schema AuditMutations(this Schema schema)
    {
        foreach (var field in schema.MutationType?.Fields.Values ?? [])
        {
            if (field.Resolve is not { } inner)
            {
                continue;
            }

            var action = field.Name;
            field.Resolve = async context =>
            {
                var log = context.RequestServices.GetRequiredService<AuditLog>();
                using var audit = AuditContext.Begin(
                    AdminActor.Of(context.User), action, context.Items.TryGetValue(RequestIdItem, out var id) ? id as string : null,
                    context.Items.TryGetValue(ClientAddressItem, out var ip) ? ip as string : null);
                object? result;
                try
                {
                    result = await inner(context);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    await log.CloseAsync(audit, AuditOutcomes.Failed, exception.GetType().Name, CancellationToken.None);
                    throw;
                }

                var codes = ErrorCodes(result);
                var outcome = audit.Replayed ? AuditOutcomes.Replayed : codes is null ? AuditOutcomes.Unchanged : AuditOutcomes.Refused;
                await log.CloseAsync(audit, outcome, codes, CancellationToken.None);
                return result;
            };
        }

        return schema;
    }

    /// <summary>The codes of a payload's <c>errors</c> (every admin payload has them), comma-separated; null when none.</summary>
    private static string? ErrorCodes(object? payload)
    {
        if (payload?.GetType().GetProperty("Errors")?.GetValue(payload) is not IEnumerable errors)
        {
            return null;
        }

        var codes = errors.OfType<AdminError>().Select(e => e.Code).Distinct().ToList();
        return codes.Count == 0 ? null : string.Join(",", codes);
    }
}
