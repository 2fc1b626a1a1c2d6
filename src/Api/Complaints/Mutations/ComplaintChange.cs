using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Complaints.Mutations;

/// <summary>What a successful complaint mutation changed: the plan it concerns, and the complaint or meeting request.</summary>
public sealed record ComplaintChange(CarePlan Plan)
{
    public Complaint? Complaint { get; init; }

    public ResolutionMeetingRequest? Meeting { get; init; }
}
