using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>R31: the plan follows the newest version of its assessment.</summary>
public sealed partial class CarePlan
{
    /// <summary>
    /// R31, R17: the plan's assessment was reviewed; the plan moves to the new version. Its indicative budget and the
    /// person's assessed contribution become the new version's, and every agreement check (R09, R11, R12) runs against
    /// it from now on. Whatever the status: a draft or a declined plan (R17, "ask for the assessment to be reviewed") is
    /// resubmitted and checked against it; a submitted one is decided against it (an edit or decision naming the
    /// revision seen before is refused as a conflict); an agreed one keeps its agreed version and final personal budget
    /// in force, and the new assessment applies to its next revision (R18). An ended plan stays with the old one.
    /// </summary>
    public Result FollowRevisedAssessment(Assessment revised, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(revised);
        ArgumentNullException.ThrowIfNull(actor);
        if (revised.PreviousVersionId != AssessmentId || revised.PersonId != PersonId)
        {
            throw new ArgumentException("A plan follows only the next version of its own assessment.", nameof(revised));
        }

        if (Status == PlanStatus.Ended)
        {
            return Result.Fail(new InvalidTransitionError(Status, "moved to a revised assessment"));
        }

        AssessmentId = revised.Id;
        IndicativeBudget = revised.IndicativeBudget;
        AssessedContribution = revised.AssessedContribution;
        var current = CurrentVersion;
        if (current.Status is VersionStatus.Draft or VersionStatus.Submitted or VersionStatus.ChangesRequired)
        {
            current.MarkAssessmentRevised();
        }

        var inForce = AgreedVersion is not null && !IsRevisionInProgress
            ? " The agreed plan stays in force; the new assessment applies to its next revision."
            : " The plan is now checked against it.";
        Record(PlanEventKind.AssessmentRevised, Status, Status, actor, now,
            $"The assessment was reviewed (version {revised.Version}): indicative budget {revised.IndicativeBudget.Formatted} a year, assessed contribution {revised.AssessedContribution.Formatted} a year.{inForce}");
        return Result.Success;
    }
}
