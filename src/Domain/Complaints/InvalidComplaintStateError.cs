using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R25: the complaint's status does not allow this now (e.g. responding before acknowledging).</summary>
public sealed record InvalidComplaintStateError(ComplaintStatus Status, string Action)
    : DomainError("INVALID_COMPLAINT_STATE", $"A complaint that is {Status.ToString().ToUpperInvariant()} cannot {Action}.");
