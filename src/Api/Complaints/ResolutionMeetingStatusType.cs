using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

public sealed class ResolutionMeetingStatusType() : DescribedEnumType<ResolutionMeetingStatus>(
    "ResolutionMeetingStatus",
    "Where a request to meet all key staff after a decline stands (R17).",
    new Dictionary<ResolutionMeetingStatus, string>
    {
        [ResolutionMeetingStatus.Requested] = "Asked for; the Key Worker arranges it.",
        [ResolutionMeetingStatus.Arranged] = "A date is set: see `meetingOn` and `arrangements`.",
        [ResolutionMeetingStatus.Held] = "The meeting took place: see `heldOn`, `attendees` and `solution`.",
    });
