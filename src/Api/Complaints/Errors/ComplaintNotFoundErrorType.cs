using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Errors;

public sealed class ComplaintNotFoundErrorType : DomainErrorGraphType<ComplaintNotFoundError>
{
    public ComplaintNotFoundErrorType()
        : base("ComplaintNotFoundError", "No complaint with this ID that you may see. A complaint you may not see is reported the same way as one that does not exist.")
    {
        Field<NonNullGraphType<IdGraphType>>("complaintId").Description("The complaint ID that was given.").Resolve(c => NodeId.Encode("Complaint", c.Source.ComplaintId.Value));
    }
}
