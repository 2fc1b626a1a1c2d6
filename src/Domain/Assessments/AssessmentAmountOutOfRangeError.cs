using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>An indicative budget or assessed contribution below zero or above the sanity limit (R02, R31).</summary>
[Description("R02, R31: the indicative budget and the assessed contribution are amounts a year, never negative and no more than the limit. Check the amount (in pence).")]
public sealed record AssessmentAmountOutOfRangeError(
    [property: Description("Which amount: `indicativeBudget` or `assessedContribution`.")] string Field,
    [property: Description("The amount given.")] Money Amount,
    [property: Description("The most it may be a year.")] Money Limit)
    : DomainError("ASSESSMENT_AMOUNT_OUT_OF_RANGE", $"The {Words(Field)} of {Amount.Formatted} a year must be between £0.00 and {Limit.Formatted}.")
{
    private static string Words(string field) => field == "assessedContribution" ? "assessed contribution" : "indicative budget";
}
