using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>What someone writes about a support item (R04, R10): what, how often, at what cost, for which needs, arranged how, by whom.</summary>
public sealed record SupportItemDetails(
    string Description,
    Money UnitCost,
    CostFrequency Frequency,
    int Quantity,
    SupportArrangement? Arrangement,
    Id<Organisation>? ProviderId,
    string? ProviderName,
    IReadOnlyList<Id<EligibleNeed>> NeedsMet,
    IReadOnlyList<Id<DesiredOutcome>> OutcomesMet);
