using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>The assessment has been revised: only its newest version can be revised or have a plan started against it (R31).</summary>
[Description("R31: this assessment has been replaced by a newer version. Use the newest one: `Person.currentAssessment`, or follow `Assessment.supersededBy`.")]
public sealed record AssessmentSupersededError(
    [property: Description("The assessment that was given.")] Id<Assessment> AssessmentId,
    [property: Description("The version that replaced it.")] Id<Assessment> SupersededById)
    : DomainError("ASSESSMENT_SUPERSEDED", "This assessment has been reviewed and replaced by a newer version; use the newest one.");
