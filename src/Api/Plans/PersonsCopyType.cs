using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Budgets;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PersonsCopyType : ObjectGraphType<PersonsCopyView>
{
    public PersonsCopyType()
    {
        Name = "PersonsCopy";
        Description = "The copy of the agreed plan the person receives (R16): exactly how the personal budget will be spent, item by item, the totals, what the person contributes and what the council pays, and the advice offered. Derived from the version in force, so it never drifts from it. `text` is the plain-language letter.";
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The agreed version it describes: the one in force.").Resolve(c => c.Source.Copy.VersionNumber);
        Field<NonNullGraphType<DateTimeType>>("agreedAt").Description("When that version was agreed.").Resolve(c => c.Source.Copy.AgreedAt);
        Field<NonNullGraphType<StringGraphType>>("agreedByName").Description("The officer who agreed it.").Resolve(c => c.Source.Copy.AgreedByName);
        Field<NonNullGraphType<ManagementOptionType>>("managementOption").Description("How the support as a whole is managed.").Resolve(c => c.Source.Copy.ManagementOption);
        Field<NonNullGraphType<StringGraphType>>("managementDescription").Description("The management option in plain words, as the letter puts it.").Resolve(c => c.Source.Copy.ManagementOption.Describe());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonsCopyLineType>>>>("lines").Description("Every support item in plain words, in the plan's order.").Resolve(c => c.Source.Copy.Lines);
        Field<NonNullGraphType<PersonalBudgetType>>("budget").Description("The final personal budget, the totals a week and a year, and the person's and the council's shares.").Resolve(c => new PersonalBudgetView(c.Source.Plan, c.Source.Copy.VersionNumber, c.Source.Copy.Budget));
        Field<NonNullGraphType<StringGraphType>>("adviceOffered").Description("The advice and information offered to prevent or delay needs.").Resolve(c => c.Source.Copy.AdviceOffered);
        Field<DateType>("nextReviewDue").Description("When the next review is due, once support is in place.").Resolve(c => c.Source.Copy.NextReviewDue);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The copy as a plain-language letter (lines separated by \\n), ready to print or send.").Resolve(c => c.Source.Copy.Text);
    }
}
