using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Sorting;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Audit;

/// <summary>The audit log: newest first; filterable on when, who and what.</summary>
public static class AuditConnection
{
    public static readonly ConnectionDefinition<AuditEntry> Definition = ConnectionDefinition.For<AuditEntry, Id<AuditEntry>>("auditLog", "AuditEntry", e => e.Id)
        .OrderedBy(e => e.At, SortDirection.Descending)
        .Filtering(f => f
            .Comparable<DateTimeType, DateTimeOffset>("at", e => e.At, "When it happened.")
            .Text("subject", e => e.Subject, "The caller's subject (the token's `sub`).")
            .Text("name", e => e.Name, "The caller's name.")
            .Enum<ActorRoleType, ActorRole>("role", e => e.Role, "The caller's role.")
            .Enum<AuditActionType, AuditAction>("action", e => e.Action, "Whether it was a read or a change.")
            .Text("operation", e => e.Operation, "The GraphQL operation or field."))
        .Sorting(s => s.Field("at", e => e.At, "When it happened."));
}
