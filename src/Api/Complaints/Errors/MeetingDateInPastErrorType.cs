using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Complaints;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Errors;

public sealed class MeetingDateInPastErrorType : DomainErrorGraphType<MeetingDateInPastError>
{
    public MeetingDateInPastErrorType()
        : base("MeetingDateInPastError", "R17: a meeting cannot be arranged for a day that has passed.")
    {
        Field<NonNullGraphType<DateType>>("meetingOn").Description("The day given.").Resolve(c => c.Source.MeetingOn);
        Field<NonNullGraphType<DateType>>("today").Description("Today, the earliest day allowed.").Resolve(c => c.Source.Today);
    }
}
