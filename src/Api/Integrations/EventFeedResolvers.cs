using Headless.Api.Storefront;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Integrations.Feed;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Integrations;

/// <summary>
/// The integrators' pull feed, <c>Query.events(after:, first:)</c> of the admin schema, where it and its types carry
/// <c>@requires(permission: "orders:read")</c>. <see cref="Sdl"/> is the same types without the rule, for engine tests.
/// </summary>
public static class EventFeedResolvers
{
    /// <summary>The types of the pull feed, additions only, each described.</summary>
    public const string Sdl = """
        "A page of the integrator event feed, oldest first."
        type OrderEventConnection {
          "The events of this page with their cursors."
          edges: [OrderEventEdge!]!
          "The events of this page."
          nodes: [IntegratorEvent!]!
          "The cursor to pass as `after` for the next page; the `after` given when the page is empty, so a poller can always send it back."
          endCursor: String
          "Whether more events are ready right now (otherwise poll again later with `endCursor`)."
          hasNextPage: Boolean!
        }

        "An event with its cursor."
        type OrderEventEdge {
          "Pass as `after` to read the events that follow this one."
          cursor: String!
          "The event."
          node: IntegratorEvent!
        }

        "An order event as integrators see it: the same envelope as a webhook body, without personal data."
        type IntegratorEvent {
          "Stable event id (`evt_…`), also the `webhook-id` of its webhook deliveries."
          id: ID!
          "Event type, e.g. `order.paid` (see the README's Integrations section)."
          type: String!
          "Global position in the feed (decimal digits): 1, 2, 3, … without gaps, in commit order."
          sequence: String!
          "When the event happened."
          occurredAt: DateTime!
          "The order's storefront ID."
          orderId: ID!
          "The order number."
          orderNumber: String!
          "The order's status after the event (a storefront `OrderStatus` name)."
          status: String!
          "The JSON envelope exactly as webhooks receive it (`version`, `type`, `id`, `sequence`, `occurredAt`, `data`)."
          payload: String!
        }
        """;

    public static SchemaBuilder AddEventFeed(this SchemaBuilder schema) => schema
        .AddResolver("Query", "events", async (string? after, int? first, IResolveFieldContext context) =>
        {
            try
            {
                // Sibling root fields resolve side by side: the feed reads on a context of its own (AdminReads).
                var page = await Admin.AdminReads.ReadWithAsync<EventFeed, FeedPage>(context, feed => feed.PageAsync(after, first, context.CancellationToken));
                var nodes = page.Entries.Select(IntegratorEvent.From).ToList();
                return new OrderEventConnection(nodes.Select(n => new OrderEventEdge(n.Cursor, n)).ToList(), nodes, page.EndCursor, page.HasNextPage);
            }
            catch (FeedCursorException ex)
            {
                throw new GraphQLException(ex.Message, FeedCursorException.Code);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new GraphQLException(ex.Message.Split(" (Parameter", 2)[0], "INVALID_SLICING_ARGUMENTS");
            }
        })
        .AddResolver("IntegratorEvent", "orderId", context => GlobalId.Encode("Order", ((IntegratorEvent)context.Source!).OrderId));
}
