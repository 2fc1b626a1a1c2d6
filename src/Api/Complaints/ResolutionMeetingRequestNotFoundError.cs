using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

/// <summary>No request to meet all key staff with this ID that the caller may see.</summary>
public sealed record ResolutionMeetingRequestNotFoundError(Id<ResolutionMeetingRequest> RequestId)
    : DomainError("RESOLUTION_MEETING_REQUEST_NOT_FOUND", "There is no meeting request with this ID that you may see. Check the ID (`ResolutionMeetingRequest.id`).");
