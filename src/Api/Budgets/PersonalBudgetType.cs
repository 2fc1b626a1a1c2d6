using GraphQL.Types;

namespace CarePlanGraph.Api.Budgets;

public sealed class PersonalBudgetType : ObjectGraphType<PersonalBudgetView>
{
    public PersonalBudgetType()
    {
        Name = "PersonalBudget";
        Description = "A personal budget statement (R02) for one version of the plan: the budget it is measured against (indicative until agreed, then final), what it costs, and how the cost is shared between the person and the council, a year and a week (52-week year). Exact pence throughout.";
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The plan version this statement is for: on `CarePlan.budget`, the version in force, or the one being worked on before any is agreed.").Resolve(c => c.Source.VersionNumber);
        Field<NonNullGraphType<BudgetBasisType>>("basis").Description("Whether `budget` is the indicative or the final personal budget.").Resolve(c => c.Source.Statement.Basis);
        Field<NonNullGraphType<MoneyType>>("budget").Description("The budget a year this version is measured against: the indicative allocation, or the final personal budget once agreed.").Resolve(c => c.Source.Statement.Budget);
        Field<NonNullGraphType<MoneyType>>("indicative").Description("The indicative personal budget a year, allocated from the assessment before the plan is written.").Resolve(c => c.Source.Plan.IndicativeBudget);
        Field<MoneyType>("final").Description("The plan's personal budget a year, set when a version was agreed (the agreed version's total cost); null until then.").Resolve(c => c.Source.Plan.PersonalBudget);
        Field<NonNullGraphType<MoneyType>>("assessedContribution").Description("What the financial assessment says the person pays a year.").Resolve(c => c.Source.Statement.AssessedContribution);
        Field<NonNullGraphType<MoneyType>>("totalAnnualCost").Description("The total annual cost of the version's support items.").Resolve(c => c.Source.Statement.TotalAnnualCost);
        Field<NonNullGraphType<MoneyType>>("totalWeeklyCost").Description("The total cost a week: the annual total over 52 weeks, to the penny.").Resolve(c => c.Source.Statement.TotalWeeklyCost);
        Field<NonNullGraphType<MoneyType>>("personContribution").Description("What the person pays a year: the assessed contribution, or the total cost if that is less.").Resolve(c => c.Source.Statement.PersonContribution);
        Field<NonNullGraphType<MoneyType>>("personWeeklyContribution").Description("What the person pays a week.").Resolve(c => c.Source.Statement.PersonWeeklyContribution);
        Field<NonNullGraphType<MoneyType>>("councilShare").Description("What the council pays a year: the total cost less the person's contribution; never negative.").Resolve(c => c.Source.Statement.CouncilShare);
        Field<NonNullGraphType<MoneyType>>("councilWeeklyShare").Description("What the council pays a week: the weekly total less the person's weekly contribution, so each week adds up.").Resolve(c => c.Source.Statement.CouncilWeeklyShare);
        Field<NonNullGraphType<MoneyType>>("remaining").Description("The budget less the total cost a year: negative when the version is over budget.").Resolve(c => c.Source.Statement.Remaining);
        Field<NonNullGraphType<MoneyType>>("overBudgetBy").Description("How far the total is over the budget a year, or zero.").Resolve(c => c.Source.Statement.OverBudgetBy);
        Field<NonNullGraphType<BooleanGraphType>>("isWithinBudget").Description("True when the total annual cost is within the budget (R09).").Resolve(c => c.Source.Statement.IsWithinBudget);
    }
}
