using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R13: someone other than the person completed the plan, and no one has confirmed they acted in the person's best interests.</summary>
[Description("R13: someone other than the person completed the plan, and no one has confirmed they acted in the person's best interests. The council records it with `confirmBestInterests` (a Key Worker or administrator who did not write the version).")]
public sealed record BestInterestsNotConfirmedError(
    [property: Description("Who prepared the version.")] PlanPreparer PreparedBy)
    : AgreementCheckError(AgreementCheck.OwnDecisions, "BEST_INTERESTS_NOT_CONFIRMED", $"The plan was completed by someone other than the person ({PlainEnglish.Describe(PreparedBy)}); a confirmation that they acted in the person's best interests is needed.");
