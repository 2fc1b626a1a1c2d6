using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ChangesStartInPastErrorType : DomainErrorGraphType<ChangesStartInPastError>
{
    public ChangesStartInPastErrorType()
        : base("ChangesStartInPastError", "R22: changes agreed at a review start today or later.")
    {
        Field<NonNullGraphType<DateType>>("changesStartOn").Description("The start date given.").Resolve(c => c.Source.ChangesStartOn);
        Field<NonNullGraphType<DateType>>("today").Description("Today, the earliest day allowed.").Resolve(c => c.Source.Today);
    }
}
