using System.Security.Claims;
using Headless.Api.Admin.Inputs;
using Headless.Api.Admin.Staff;
using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.ApiKeys;
using Microsoft.EntityFrameworkCore;
using static Headless.Api.Admin.AdminPayloads;

namespace Headless.Api.Admin.ApiKeys;

/// <summary><c>apiKeys</c> and the key mutations: thin calls to <see cref="ApiKeyService"/>.</summary>
internal static class ApiKeyResolvers
{
    public static SchemaBuilder AddApiKeyResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Query", "apiKeys", async (IResolveFieldContext context) =>
            (object)await AdminReads.ReadAsync(context, db => db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(context.CancellationToken)))
        .AddResolver("ApiKey", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.ApiKey, ((ApiKey)context.Source!).Id))
        .AddResolver("ApiKey", "permissions", (IResolveFieldContext context) => ((ApiKey)context.Source!).PermissionList)
        .AddResolver("Mutation", "createApiKey", CreateAsync)
        .AddResolver("Mutation", "rotateApiKey", (RotateApiKeyInput input, IResolveFieldContext context) => Change(context, input.Id, async (keys, id, ct) =>
            await keys.RotateAsync(id, TimeSpan.FromSeconds(Math.Max(0, input.GracePeriodSeconds ?? 0)), ct) is { } issued ? (issued.Key, issued.Secret) : null))
        .AddResolver("Mutation", "revokeApiKey", (RevokeApiKeyInput input, IResolveFieldContext context) => Change(context, input.Id, async (keys, id, ct) =>
            await keys.RevokeAsync(id, ct) is { } key ? (key, null) : null));

    private static ApiKeyService Keys(IResolveFieldContext context) => context.RequestServices.GetRequiredService<ApiKeyService>();

    private static async Task<ApiKeyPayload> CreateAsync(CreateApiKeyInput input, ClaimsPrincipal user, IResolveFieldContext context)
    {
        // Keys are made by people: a key creating keys would let a leaked key outlive its own revocation.
        if (StaffResolvers.StaffId(user) is not { } staffId)
        {
            return new ApiKeyPayload(null, null, AdminError.One(StaffResolvers.StaffOnly, "Only staff members create API keys."));
        }

        var held = user.FindAll(HeadlessClaimTypes.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        try
        {
            var issued = await Keys(context).CreateAsync(input.Name, input.Permissions, held, staffId, input.ExpiresAt, context.CancellationToken);
            return new ApiKeyPayload(issued.Key, issued.Secret, AdminError.None);
        }
        catch (DomainException refused)
        {
            var field = refused.Code switch
            {
                StaffErrorCodes.UnknownPermission or StaffErrorCodes.PermissionNotHeld => "permissions",
                StaffErrorCodes.InvalidExpiry => "expiresAt",
                StaffErrorCodes.InvalidName => "name",
                _ => null,
            };
            return new ApiKeyPayload(null, null, AdminError.One(refused.Code, refused.Message, field));
        }
    }

    private static async Task<ApiKeyPayload> Change(IResolveFieldContext context, string id, Func<ApiKeyService, Guid, CancellationToken, Task<(ApiKey Key, string? Secret)?>> change)
    {
        try
        {
            return AdminIds.Parse(id, AdminIds.ApiKey) is { } keyId && await change(Keys(context), keyId, context.CancellationToken) is { } changed
                ? new ApiKeyPayload(changed.Key, changed.Secret, AdminError.None)
                : new ApiKeyPayload(null, null, AdminError.One(StaffResolvers.NotFound, "No API key has this ID.", "id"));
        }
        catch (DomainException refused)
        {
            return new ApiKeyPayload(null, null, AdminError.One(refused.Code, refused.Message));
        }
    }
}
