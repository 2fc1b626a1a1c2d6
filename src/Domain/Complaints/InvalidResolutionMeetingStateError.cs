using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R17: a meeting is recorded as held once it was arranged, and only once.</summary>
[Description("R17: a meeting with all key staff is recorded as held once it has been arranged (`arrangeResolutionMeeting`), and only once. Reload the request and check `status`.")]
public sealed record InvalidResolutionMeetingStateError(
    [property: Description("Where the request stands.")] ResolutionMeetingStatus Status)
    : DomainError("INVALID_RESOLUTION_MEETING_STATE", Status == ResolutionMeetingStatus.Held
        ? "This meeting has already been recorded as held."
        : $"This meeting is {PlainEnglish.Describe(Status)}: arrange it before recording that it was held.");
