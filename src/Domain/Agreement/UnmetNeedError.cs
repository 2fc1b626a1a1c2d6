using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R11: an eligible need in the assessment is not met by any support item.</summary>
[Description("R11: an eligible need in the assessment is not met by any support item. Add its ID to an item's `needsMet`, or add an item that meets it.")]
public sealed record UnmetNeedError(Id<EligibleNeed> NeedId, EligibilityOutcome Area, string Description)
    : AgreementCheckError(AgreementCheck.Effective, "UNMET_NEED", $"No support item meets the eligible need \"{Description}\".");
