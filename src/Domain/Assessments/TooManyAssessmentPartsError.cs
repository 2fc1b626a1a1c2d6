using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>More needs, outcomes or risks than one assessment records (R31).</summary>
[Description("R31: an assessment records at most 50 needs, 50 outcomes and 50 risks. Combine related ones.")]
public sealed record TooManyAssessmentPartsError(
    [property: Description("Which list: `needs`, `outcomes` or `risks`.")] string Field,
    [property: Description("How many were given.")] int Count,
    [property: Description("The most allowed.")] int MaxCount)
    : DomainError("TOO_MANY_ASSESSMENT_PARTS", $"{Count} {Field} were given; an assessment records at most {MaxCount}.");
