using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>What a successful plan mutation changed: the plan, and whichever of its parts the payload shows.</summary>
public sealed record PlanChange(CarePlan Plan)
{
    public PlanVersion? Version { get; init; }

    public SupportItem? SupportItem { get; init; }

    public PlanHelper? Helper { get; init; }

    public RiskMitigation? RiskMitigation { get; init; }

    public PersonsCopyView? PersonsCopy { get; init; }

    /// <summary>The global ID of what a remove mutation removed.</summary>
    public string? RemovedId { get; init; }
}
