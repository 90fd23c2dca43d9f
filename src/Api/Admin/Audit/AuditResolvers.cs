using System.Globalization;
using Headless.Api.Admin.Inputs;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Persistence;

namespace Headless.Api.Admin.Audit;

/// <summary><c>auditLog</c>: read-only, there is no field that changes or deletes an entry.</summary>
internal static class AuditResolvers
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public static SchemaBuilder AddAuditResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Query", "auditLog", async (int? first, string? after, AuditLogFilter? where, IResolveFieldContext context) =>
        {
            var take = first ?? DefaultPageSize;
            if (take is < 1 or > MaxPageSize)
            {
                throw new GraphQLException($"`first` must be 1 to {MaxPageSize}.", "INVALID_SLICING_ARGUMENTS");
            }

            long? cursor = null;
            if (after is not null)
            {
                cursor = long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                    ? position
                    : throw new GraphQLException("The cursor did not come from `auditLog`.", "INVALID_CURSOR");
            }

            var filter = new AuditFilter(AdminIds.Stored(where?.ActorId), where?.Action, where?.TargetType, AdminIds.Stored(where?.TargetId), where?.From, where?.To);
            var rows = await AdminReads.ReadAsync(context, db => AuditLog.PageAsync(db, filter, cursor, take + 1, context.CancellationToken));
            var page = rows.Take(take).ToList();
            return new AuditEntryConnection(page, page.Count > 0 ? Cursor(page[^1]) : after, rows.Count > take);
        })
        .AddResolver("AuditEntry", "id", context => Cursor((AuditEntry)context.Source!))
        .AddResolver("AuditEntry", "actorId", context => AdminIds.Actor(((AuditEntry)context.Source!).ActorKind, ((AuditEntry)context.Source!).ActorId))
        .AddResolver("AuditEntry", "errorCodes", context => ((AuditEntry)context.Source!).ErrorCodes?.Split(',') ?? []);

    private static string Cursor(AuditEntry entry) => entry.Id.ToString(CultureInfo.InvariantCulture);
}
