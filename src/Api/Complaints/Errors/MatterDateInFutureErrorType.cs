using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Complaints;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Errors;

public sealed class MatterDateInFutureErrorType : DomainErrorGraphType<MatterDateInFutureError>
{
    public MatterDateInFutureErrorType()
        : base("MatterDateInFutureError", "R25: the date given for the matter complained about is after today.")
    {
        Field<NonNullGraphType<DateType>>("matterOccurredOn").Description("The date given.").Resolve(c => c.Source.MatterOccurredOn);
        Field<NonNullGraphType<DateType>>("receivedOn").Description("The day the complaint was made.").Resolve(c => c.Source.ReceivedOn);
    }
}
