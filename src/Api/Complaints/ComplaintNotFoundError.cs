using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

/// <summary>No complaint with this ID that the caller may see; a hidden one gets the same answer.</summary>
public sealed record ComplaintNotFoundError(Id<Complaint> ComplaintId)
    : DomainError("COMPLAINT_NOT_FOUND", "There is no complaint with this ID that you may see. Check the ID (`Complaint.id`).");
