using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ReviewDateInPastErrorType : DomainErrorGraphType<ReviewDateInPastError>
{
    public ReviewDateInPastErrorType()
        : base("ReviewDateInPastError", "A review cannot be held on a day that has passed; choose today or later.")
    {
        Field<NonNullGraphType<DateType>>("reviewOn").Description("The day given.").Resolve(c => c.Source.ReviewOn);
        Field<NonNullGraphType<DateType>>("today").Description("Today, the earliest day allowed.").Resolve(c => c.Source.Today);
    }
}
