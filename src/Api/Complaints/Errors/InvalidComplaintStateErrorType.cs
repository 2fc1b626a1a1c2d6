using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Complaints;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Errors;

public sealed class InvalidComplaintStateErrorType : DomainErrorGraphType<InvalidComplaintStateError>
{
    public InvalidComplaintStateErrorType()
        : base("InvalidComplaintStateError", "R25: the complaint's status does not allow this now: it is acknowledged, then responded to, then closed, in that order.")
    {
        Field<NonNullGraphType<ComplaintStatusType>>("status").Description("The complaint's status when it was refused.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("action").Description("What was refused, in words.").Resolve(c => c.Source.Action);
    }
}
