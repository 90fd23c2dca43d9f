using Headless.Infrastructure.Auditing;

namespace Headless.Api.Admin.Audit;

/// <summary>The <c>AuditEntryConnection</c> type.</summary>
internal sealed record AuditEntryConnection(IReadOnlyList<AuditEntry> Nodes, string? EndCursor, bool HasNextPage);
