using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class OverBudgetErrorType : AgreementCheckErrorGraphType<OverBudgetError>
{
    public OverBudgetErrorType()
        : base("OverBudgetError", "R09: the version costs more a year than the personal budget allocated from the assessment. Reduce or remove support items until `total` is no more than `allocated`.")
    {
        Field<NonNullGraphType<MoneyType>>("overBy").Description("How much the total is over the allocated budget, a year.").Resolve(c => c.Source.OverBy);
        Field<NonNullGraphType<MoneyType>>("allocated").Description("The personal budget allocated from the assessment, a year.").Resolve(c => c.Source.Allocated);
        Field<NonNullGraphType<MoneyType>>("total").Description("The version's total annual cost (52-week year).").Resolve(c => c.Source.Total);
    }
}
