using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class ReviewDateOutsideWindowErrorType : DomainErrorGraphType<ReviewDateOutsideWindowError>
{
    public ReviewDateOutsideWindowErrorType()
        : base("ReviewDateOutsideWindowError", "R19, R20: the first review must fall 6 to 12 weeks after support is in place. Pick a date from `earliest` to `latest`, or leave `firstReviewDue` out to take `latest`.")
    {
        Field<NonNullGraphType<DateType>>("firstReviewDue").Description("The date given.").Resolve(c => c.Source.FirstReviewDue);
        Field<NonNullGraphType<DateType>>("earliest").Description("The earliest allowed first review date.").Resolve(c => c.Source.Earliest);
        Field<NonNullGraphType<DateType>>("latest").Description("The latest allowed first review date.").Resolve(c => c.Source.Latest);
    }
}
