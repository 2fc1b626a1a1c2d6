using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PersonsCopyLineType : ObjectGraphType<PersonsCopyLine>
{
    public PersonsCopyLineType()
    {
        Name = "PersonsCopyLine";
        Description = "One line of the person's copy (R16): a support item in plain words, who provides it, how it is arranged, how often, and what it costs.";
        Field<NonNullGraphType<IdGraphType>>("supportItemId").Description("The support item of the agreed version this line describes.").Resolve(c => NodeId.Encode("SupportItem", c.Source.ItemId.Value));
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the support is.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("providedBy").Description("Who provides it, in words.").Resolve(c => c.Source.ProvidedBy);
        Field<SupportArrangementType>("arrangement").Description("How it is arranged.").Resolve(c => c.Source.Arrangement);
        Field<NonNullGraphType<StringGraphType>>("howArranged").Description("How it is arranged, in plain words.").Resolve(c => c.Source.HowArranged);
        Field<NonNullGraphType<StringGraphType>>("howOften").Description("How often and at what cost, e.g. \"10 hours a week at £22.50 an hour\".").Resolve(c => c.Source.HowOften);
        Field<NonNullGraphType<MoneyType>>("weeklyCost").Description("What it costs a week (52-week year).").Resolve(c => c.Source.WeeklyCost);
        Field<NonNullGraphType<MoneyType>>("annualCost").Description("What it costs a year.").Resolve(c => c.Source.AnnualCost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("needsMet").Description("The eligible needs it meets, in the assessment's words.").Resolve(c => c.Source.NeedsMet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outcomesMet").Description("The outcomes it works towards, in the person's words.").Resolve(c => c.Source.OutcomesMet);
    }
}
