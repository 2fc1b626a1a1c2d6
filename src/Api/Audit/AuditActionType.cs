using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Audit;

namespace CarePlanGraph.Api.Audit;

public sealed class AuditActionType() : DescribedEnumType<AuditAction>(
    "AuditAction",
    "Whether a person's record was read or changed.",
    new Dictionary<AuditAction, string>
    {
        [AuditAction.Read] = "The record was read.",
        [AuditAction.Change] = "The record was changed.",
    });
