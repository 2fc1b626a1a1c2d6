using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Budgets;

public sealed class PersonalBudgetType : ObjectGraphType<CarePlan>
{
    public PersonalBudgetType()
    {
        Name = "PersonalBudget";
        Description = "The plan's personal budget: the indicative amount allocated before writing, and the final amount set when the plan is agreed. All figures are a year.";
        Field<NonNullGraphType<MoneyType>>("indicative").Description("The indicative personal budget a year, allocated from the assessment before the plan is written.").Resolve(c => c.Source.IndicativeBudget);
        Field<MoneyType>("final").Description("The personal budget a year set when the plan was agreed; null until then.").Resolve(c => c.Source.PersonalBudget);
        Field<NonNullGraphType<MoneyType>>("assessedContribution").Description("What the financial assessment says the person pays a year.").Resolve(c => c.Source.AssessedContribution);
    }
}
