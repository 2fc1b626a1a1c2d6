using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Errors;

public sealed class ResolutionMeetingRequestNotFoundErrorType : DomainErrorGraphType<ResolutionMeetingRequestNotFoundError>
{
    public ResolutionMeetingRequestNotFoundErrorType()
        : base("ResolutionMeetingRequestNotFoundError", "No request to meet all key staff with this ID that you may see.")
    {
        Field<NonNullGraphType<IdGraphType>>("resolutionMeetingRequestId").Description("The ID that was given.").Resolve(c => NodeId.Encode("ResolutionMeetingRequest", c.Source.RequestId.Value));
    }
}
