using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL.Types;

namespace CarePlanGraph.Api.Safeguarding;

public sealed class SafetyConcernClosedErrorType : DomainErrorGraphType<SafetyConcernClosedError>
{
    public SafetyConcernClosedErrorType()
        : base("SafetyConcernClosedError", "R24: the safety concern has already been closed.")
    {
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The concern's reference.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<DateTimeType>>("closedAt").Description("When it was closed.").Resolve(c => c.Source.ClosedAt);
    }
}
