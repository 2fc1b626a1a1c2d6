using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL.Types;

namespace CarePlanGraph.Api.Safeguarding;

public sealed class SafetyConcernAcknowledgementType : ObjectGraphType<SafetyConcernAcknowledgement>
{
    public SafetyConcernAcknowledgementType()
    {
        Name = "SafetyConcernAcknowledgement";
        Description = "What you are told when you raise a safety concern (R24): it has reached the council's safeguarding team, with a reference to quote. The concern itself is seen by the safeguarding team only.";
        Field<NonNullGraphType<StringGraphType>>("reference").Description("A reference to quote if you contact the council about it, e.g. `SC-1A2B3C4D`.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<DateTimeType>>("receivedAt").Description("When it was received.").Resolve(c => c.Source.ReceivedAt);
        Field<NonNullGraphType<StringGraphType>>("message").Description("The acknowledgement, fit to show to whoever raised it.").Resolve(c => c.Source.Message);
    }
}
