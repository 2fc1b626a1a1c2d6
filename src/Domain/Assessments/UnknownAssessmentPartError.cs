using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>A revision names a need, outcome or risk by an ID the assessment it revises does not have, or names one twice (R31).</summary>
[Description("R31: when revising an assessment, give the `id` of a need, outcome or risk only to keep one the assessment already records (each once); leave `id` out for a new one. Read the IDs from `Assessment.eligibleNeeds`, `outcomes` and `risks`.")]
public sealed record UnknownAssessmentPartError(
    [property: Description("Which list: `needs`, `outcomes` or `risks`.")] string Field,
    [property: Description("The entry's position in that list, counting from 0.")] int Position)
    : DomainError("UNKNOWN_ASSESSMENT_PART", $"Entry {Position} of {Field} keeps a need, outcome or risk that is not in the assessment being reviewed, or keeps one twice; leave out its identifier to add a new one.");
