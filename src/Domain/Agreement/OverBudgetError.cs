using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R09: the version costs more a year than the personal budget allocated from the assessment.</summary>
public sealed record OverBudgetError(Money Total, Money Allocated, Money OverBy)
    : AgreementCheckError(AgreementCheck.Affordable, "OVER_BUDGET", $"Total {Total.Formatted} a year is {OverBy.Formatted} over the allocated {Allocated.Formatted}");
