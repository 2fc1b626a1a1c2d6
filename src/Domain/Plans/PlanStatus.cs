namespace CarePlanGraph.Domain.Plans;

/// <summary>Where a care and support plan stands (DESIGN §3).</summary>
public enum PlanStatus
{
    Draft,
    Submitted,
    ChangesRequired,
    Agreed,
    Active,
    UnderReview,
    Ended,
}
