using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>No assessment with this ID that the caller may see (hidden and missing look the same).</summary>
[Description("No assessment with this ID that you may see (one you may not see is reported the same way). Find a person's assessments with `Person.assessments`.")]
public sealed record AssessmentNotFoundError(
    [property: Description("The assessment ID that was given.")] Id<Assessment> AssessmentId)
    : DomainError("ASSESSMENT_NOT_FOUND", "There is no assessment with this ID that you may see. Find the person's assessments with `Person.assessments`.");
