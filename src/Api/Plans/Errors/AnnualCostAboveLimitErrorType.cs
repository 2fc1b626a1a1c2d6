using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class AnnualCostAboveLimitErrorType : DomainErrorGraphType<AnnualCostAboveLimitError>
{
    public AnnualCostAboveLimitErrorType()
        : base("AnnualCostAboveLimitError", "R04: the item would cost an absurd amount a year (above the sanity limit). Check the unit cost (in pence), the frequency and the quantity.")
    {
        Field<NonNullGraphType<MoneyType>>("annualCost").Description("What the item would cost a year.").Resolve(c => c.Source.AnnualCost);
        Field<NonNullGraphType<MoneyType>>("limit").Description("The most one item may cost a year.").Resolve(c => c.Source.Limit);
    }
}
