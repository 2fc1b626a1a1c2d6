using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

/// <summary>No complaint with this ID that the caller may see; a hidden one gets the same answer.</summary>
[Description("No complaint with this ID that you may see. A complaint you may not see is reported the same way as one that does not exist.")]
public sealed record ComplaintNotFoundError(
    [property: Description("The complaint ID that was given.")] Id<Complaint> ComplaintId)
    : DomainError("COMPLAINT_NOT_FOUND", "There is no complaint with this ID that you may see. Check the ID (`Complaint.id`).");
