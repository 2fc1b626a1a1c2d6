using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// The status machine does not allow this transition. <see cref="VersionNumber"/> and <see cref="VersionStatus"/>
/// say which version stood in the way, when it was a version's status (a revision) rather than the plan's.
/// </summary>
[Description("The plan's status machine does not allow this now (e.g. submitting twice, agreeing a draft, revising while a revision is open). Reload the plan and check `status` and `currentVersion.status`.")]
public sealed record InvalidTransitionError(
    [property: Description("The plan's status when it was refused.")] PlanStatus From,
    [property: Description("What was refused, in words.")] string Action,
    [property: Description("The version that stood in the way, when it was a version's status rather than the plan's (e.g. a revision still being worked on)."), Display(Name = "blockingVersionNumber")] int? VersionNumber = null,
    [property: Description("That version's status."), Display(Name = "blockingVersionStatus")] VersionStatus? VersionStatus = null)
    : DomainError("INVALID_TRANSITION", Describe(From, Action, VersionNumber, VersionStatus))
{
    private static string Describe(PlanStatus from, string action, int? versionNumber, VersionStatus? versionStatus)
    {
        var message = $"A plan that is {PlainEnglish.Describe(from)} cannot be {PlainEnglish.Clause(action)}.";
        return versionNumber is { } number && versionStatus is { } status
            ? $"{message} (Version {number} is {PlainEnglish.Describe(status)}.)"
            : message;
    }
}
