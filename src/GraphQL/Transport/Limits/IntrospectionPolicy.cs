using System.Security.Claims;
using Headless.GraphQL.Transport.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Who may run <c>__schema</c> and <c>__type</c> (<c>__typename</c> is always allowed: clients need it to read
/// unions). Everyone in the Development environment; elsewhere as <see cref="Production"/> says. An app without a
/// host environment counts as production, so a misconfigured host fails closed.
/// </summary>
public sealed class IntrospectionPolicy
{
    public bool AllowInDevelopment { get; set; } = true;

    /// <summary>Access in every environment but Development.</summary>
    public IntrospectionAccess Production { get; set; } = IntrospectionAccess.Off;

    /// <summary>With <see cref="IntrospectionAccess.Authenticated"/>: the user needs one of these roles (none listed: any signed-in user).</summary>
    public IList<string> Roles { get; set; } = [];

    /// <summary>With <see cref="IntrospectionAccess.Authenticated"/>: a check of the signed-in user that replaces <see cref="Roles"/>.</summary>
    public Func<ClaimsPrincipal, bool>? AllowUser { get; set; }

    public bool IsAllowed(RequestContext context)
    {
        var environment = context.HttpContext.RequestServices?.GetService<IHostEnvironment>();
        if (environment?.IsDevelopment() == true && AllowInDevelopment)
        {
            return true;
        }

        return Production switch
        {
            IntrospectionAccess.On => true,
            IntrospectionAccess.Authenticated => IsAllowedUser(context.User),
            _ => false,
        };
    }

    private bool IsAllowedUser(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (AllowUser is not null)
        {
            return AllowUser(user);
        }

        return Roles.Count == 0 || Roles.Any(user.IsInRole);
    }
}
