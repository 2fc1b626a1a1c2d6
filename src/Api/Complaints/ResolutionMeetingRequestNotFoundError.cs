using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

/// <summary>No request to meet all key staff with this ID that the caller may see.</summary>
[Description("No request to meet all key staff with this ID that you may see.")]
public sealed record ResolutionMeetingRequestNotFoundError(
    [property: Description("The ID that was given."), Display(Name = "resolutionMeetingRequestId")] Id<ResolutionMeetingRequest> RequestId)
    : DomainError("RESOLUTION_MEETING_REQUEST_NOT_FOUND", "There is no meeting request with this ID that you may see. Check the ID (`ResolutionMeetingRequest.id`).");
