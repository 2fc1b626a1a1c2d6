using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R11: an outcome the person wants is not served by any support item.</summary>
[Description("R11: an outcome the person wants is not served by any support item. Add its ID to an item's `outcomesMet`.")]
public sealed record UnmetOutcomeError(Id<DesiredOutcome> OutcomeId, string Description)
    : AgreementCheckError(AgreementCheck.Effective, "UNMET_OUTCOME", $"No support item works towards the outcome \"{Description}\".");
