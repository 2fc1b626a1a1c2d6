using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R09: the version costs more a year than the personal budget allocated from the assessment.</summary>
[Description("R09: the version costs more a year than the personal budget allocated from the assessment. Reduce or remove support items until `total` is no more than `allocated`.")]
public sealed record OverBudgetError(
    [property: Description("The version's total annual cost (52-week year)."), Display(Order = 3)] Money Total,
    [property: Description("The personal budget allocated from the assessment, a year."), Display(Order = 2)] Money Allocated,
    [property: Description("How much the total is over the allocated budget, a year."), Display(Order = 1)] Money OverBy)
    : AgreementCheckError(AgreementCheck.Affordable, "OVER_BUDGET", $"Total {Total.Formatted} a year is {OverBy.Formatted} over the allocated {Allocated.Formatted}");
