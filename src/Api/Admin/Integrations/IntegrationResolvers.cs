using Headless.Api.Admin.Inputs;
using Headless.Api.Admin.Staff;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Integrations.Webhooks;
using Headless.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using static Headless.Api.Admin.Integrations.IntegrationPayloads;

namespace Headless.Api.Admin.Integrations;

/// <summary>
/// Webhook endpoints with their delivery logs and replays (<see cref="WebhookEndpointAdmin"/>, <see cref="WebhookReplay"/>),
/// and the parked pipeline steps (<see cref="PipelineSteps"/>): thin calls, typed errors in the payloads.
/// </summary>
internal static class IntegrationResolvers
{
    public const string InvalidRange = "INVALID_RANGE";

    public static SchemaBuilder AddIntegrationResolvers(this SchemaBuilder schema) => schema
        .BindEnum<WebhookDeliveryStatus>("WebhookDeliveryStatus")
        .AddResolver("Query", "webhookEndpoints", async (IResolveFieldContext context) =>
            (object)await AdminReads.ReadWithAsync<WebhookEndpointAdmin, IReadOnlyList<WebhookEndpoint>>(context, endpoints => endpoints.ListAsync(context.CancellationToken)))
        .AddResolver("WebhookEndpoint", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.WebhookEndpoint, Endpoint(context).Id))
        .AddResolver("WebhookEndpoint", "events", (IResolveFieldContext context) => Endpoint(context).Events.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .AddResolver("WebhookEndpoint", "managedByConfiguration", (IResolveFieldContext context) => Endpoints(context).IsConfigured(Endpoint(context)))
        .AddResolver("WebhookEndpoint", "deliveries", async (int? first, WebhookDeliveryStatus? status, IResolveFieldContext context) =>
        {
            // Each endpoint's log resolves beside the others': a context of its own (AdminReads).
            var id = Endpoint(context).Id;
            return (object)await AdminReads.ReadAsync(context, async db =>
            {
                var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == id);
                if (status is { } only)
                {
                    deliveries = deliveries.Where(d => d.Status == only);
                }

                return await deliveries.OrderByDescending(d => d.Position).ThenByDescending(d => d.CreatedAt)
                    .Take(Math.Clamp(first ?? 20, 1, 200)).ToListAsync(context.CancellationToken);
            });
        })
        .AddResolver("WebhookDelivery", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.WebhookDelivery, Delivery(context).Id))
        .AddResolver("WebhookDelivery", "sequence", (IResolveFieldContext context) => Delivery(context).Position.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .AddResolver("WebhookDelivery", "attemptLog", async (IResolveFieldContext context) =>
        {
            var id = Delivery(context).Id;
            return (object)await AdminReads.ReadAsync(context, db => db.WebhookAttempts.AsNoTracking().Where(a => a.DeliveryId == id)
                .OrderBy(a => a.AttemptedAt).ThenBy(a => a.Attempt).ToListAsync(context.CancellationToken));
        })
        .AddResolver("Mutation", "createWebhookEndpoint", async (CreateWebhookEndpointInput input, IResolveFieldContext context) =>
            Payload(await Endpoints(context).CreateAsync(input.Name, input.Url, input.Events, context.CancellationToken)))
        .AddResolver("Mutation", "updateWebhookEndpoint", (UpdateWebhookEndpointInput input, IResolveFieldContext context) =>
            Change(input.Id, id => Endpoints(context).UpdateAsync(id, input.Url, input.Events, input.Enabled, context.CancellationToken)))
        .AddResolver("Mutation", "disableWebhookEndpoint", (WebhookEndpointIdInput input, IResolveFieldContext context) =>
            Change(input.Id, id => Endpoints(context).DisableAsync(id, context.CancellationToken)))
        .AddResolver("Mutation", "rotateWebhookEndpointSecret", (WebhookEndpointIdInput input, IResolveFieldContext context) =>
            Change(input.Id, id => Endpoints(context).RotateSecretAsync(id, context.CancellationToken)))
        .AddResolver("Mutation", "replayWebhookDelivery", ReplayDeliveryAsync)
        .AddResolver("Mutation", "replayWebhookDeliveries", ReplayRangeAsync)
        .AddResolver("Query", "parkedSteps", async (int? first, IResolveFieldContext context) =>
            (object)await AdminReads.ReadWithAsync<PipelineSteps, IReadOnlyList<ParkedStep>>(context, steps => steps.ListParkedAsync(first ?? 100, context.CancellationToken)))
        .AddResolver("ParkedStep", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.ParkedStep, ((ParkedStep)context.Source!).Id))
        .AddResolver("ParkedStep", "orderId", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.Order, ((ParkedStep)context.Source!).OrderId))
        .AddResolver("Mutation", "rerunParkedStep", async (RerunParkedStepInput input, IResolveFieldContext context) =>
            AdminIds.Parse(input.Id, AdminIds.ParkedStep) is { } id && await Steps(context).RetryAsync(id, context.CancellationToken)
                ? new RerunParkedStepPayload(true, AdminError.None)
                : new RerunParkedStepPayload(false, AdminError.One(StaffResolvers.NotFound, "No parked step has this ID.", "id")));

    private static async Task<ReplayWebhookDeliveryPayload> ReplayDeliveryAsync(ReplayWebhookDeliveryInput input, IResolveFieldContext context)
    {
        if (AdminIds.Parse(input.Id, AdminIds.WebhookDelivery) is not { } id || !await context.RequestServices.GetRequiredService<WebhookReplay>().ReplayDeliveryAsync(id, context.CancellationToken))
        {
            return new ReplayWebhookDeliveryPayload(null, AdminError.One(StaffResolvers.NotFound, "No delivery has this ID.", "id"));
        }

        var delivery = await StaffResolvers.Db(context).WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == id, context.CancellationToken);
        return new ReplayWebhookDeliveryPayload(delivery, AdminError.None);
    }

    private static async Task<ReplayWebhookDeliveriesPayload> ReplayRangeAsync(ReplayWebhookDeliveriesInput input, IResolveFieldContext context)
    {
        if (input.To <= input.From)
        {
            return new ReplayWebhookDeliveriesPayload(0, AdminError.One(InvalidRange, "`to` must be later than `from`.", "to"));
        }

        var db = StaffResolvers.Db(context);
        var name = AdminIds.Parse(input.EndpointId, AdminIds.WebhookEndpoint) is { } id
            ? await db.WebhookEndpoints.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).SingleOrDefaultAsync(context.CancellationToken)
            : null;
        var queued = name is null ? null : await context.RequestServices.GetRequiredService<WebhookReplay>().ReplayRangeAsync(name, input.From, input.To, context.CancellationToken);
        return queued is { } count
            ? new ReplayWebhookDeliveriesPayload(count, AdminError.None)
            : new ReplayWebhookDeliveriesPayload(0, AdminError.One(StaffResolvers.NotFound, "No webhook endpoint has this ID.", "endpointId"));
    }

    private static async Task<WebhookEndpointPayload> Change(string id, Func<Guid, Task<WebhookEndpointChange>> change) =>
        AdminIds.Parse(id, AdminIds.WebhookEndpoint) is { } endpointId
            ? Payload(await change(endpointId))
            : new WebhookEndpointPayload(null, null, AdminError.One(WebhookEndpointError.NotFound, "No webhook endpoint has this ID.", "id"));

    private static WebhookEndpointPayload Payload(WebhookEndpointChange change) => change.Error is { } error
        ? new WebhookEndpointPayload(null, null, AdminError.One(error.Code, error.Message, error.Field))
        : new WebhookEndpointPayload(change.Endpoint, change.Secret, AdminError.None);

    private static WebhookEndpointAdmin Endpoints(IResolveFieldContext context) => context.RequestServices.GetRequiredService<WebhookEndpointAdmin>();

    private static PipelineSteps Steps(IResolveFieldContext context) => context.RequestServices.GetRequiredService<PipelineSteps>();

    private static WebhookEndpoint Endpoint(IResolveFieldContext context) => (WebhookEndpoint)context.Source!;

    private static WebhookDelivery Delivery(IResolveFieldContext context) => (WebhookDelivery)context.Source!;
}
