using Headless.Api.Admin.ApiKeys;
using Headless.Api.Admin.Inventory;
using Headless.Api.Admin.Catalog;
using Headless.Api.Admin.Audit;
using Headless.Api.Admin.OrderMoney;
using Headless.Api.Admin.Orders;
using Headless.Api.Admin.Integrations;
using Headless.Api.Admin.Staff;
using Headless.Api.Integrations;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;

namespace Headless.Api.Admin;

/// <summary>
/// The admin schema: <c>schema/admin.graphql</c> (embedded, so the served contract is the file) bound to the admin
/// resolvers. Every field carries <c>@requires</c> or <c>@allowAnonymous</c>, checked by the engine.
/// </summary>
public sealed class AdminSchema(Schema schema)
{
    public const string ResourceName = "Headless.Api.Admin.admin.graphql";

    public Schema Schema { get; } = schema;

    public static string Sdl()
    {
        using var stream = typeof(AdminSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static AdminSchema Build() => Build(Sdl());

    public static AdminSchema Build(string sdl) => new(
        SchemaBuilder.FromSdl(sdl)
            .AddScalar(DateTimeScalar.Create())
            .AddStaffResolvers()
            .AddApiKeyResolvers()
            .AddEventFeed()
            .AddInventoryResolvers()
            .AddCatalogResolvers()
            .AddOrderResolvers()
            .AddAuditResolvers()
            .AddOrderMoneyResolvers()
            .AddIntegrationResolvers()
            .Build()
            .AuditMutations());
}
