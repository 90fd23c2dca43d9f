using System.Security.Claims;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Identity;

namespace Headless.Api.Admin.Audit;

/// <summary>The audit actor of an admin caller, read from the shared claims (kind and subject).</summary>
internal static class AdminActor
{
    public static AuditActor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var kind = user.FindFirst(HeadlessClaimTypes.Kind)?.Value;
        var id = user.FindFirst(HeadlessClaimTypes.Subject)?.Value;
        return kind is null || id is null ? AuditActor.Anonymous : new AuditActor(kind, id);
    }
}
