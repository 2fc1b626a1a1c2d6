using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class VersionTotalAboveLimitErrorType : DomainErrorGraphType<VersionTotalAboveLimitError>
{
    public VersionTotalAboveLimitErrorType()
        : base("VersionTotalAboveLimitError", "R04: the change would take the version's total above the sanity limit for a whole plan. Check the items' costs.")
    {
        Field<NonNullGraphType<MoneyType>>("totalAnnualCost").Description("What the version would cost a year.").Resolve(c => c.Source.TotalAnnualCost);
        Field<NonNullGraphType<MoneyType>>("limit").Description("The most a version may cost a year.").Resolve(c => c.Source.Limit);
    }
}
