using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R17: a meeting with all key staff is asked for after the plan (or a revision) is not agreed, and it has not been declined.</summary>
[Description("R17: a meeting with all key staff is for when the council has not agreed the plan (or a revision), and its current version is not declined.")]
public sealed record NoDeclineToDiscussError(
    [property: Description("The plan's current version.")] int VersionNumber,
    [property: Description("That version's status.")] VersionStatus VersionStatus)
    : DomainError("NO_DECLINE_TO_DISCUSS", $"Version {VersionNumber} of the plan is {PlainEnglish.Describe(VersionStatus)}, not declined; a meeting with all key staff is for when the council has not agreed the plan.");
