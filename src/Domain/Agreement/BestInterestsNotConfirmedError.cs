using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R13: someone other than the person completed the plan, and no one has confirmed they acted in the person's best interests.</summary>
public sealed record BestInterestsNotConfirmedError(PlanPreparer PreparedBy)
    : AgreementCheckError(AgreementCheck.OwnDecisions, "BEST_INTERESTS_NOT_CONFIRMED", $"The plan was completed by someone other than the person ({PreparedBy}); a confirmation that they acted in the person's best interests is needed.");
