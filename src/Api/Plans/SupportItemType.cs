using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class SupportItemType : NodeGraphType<SupportItem>
{
    public SupportItemType()
        : base("SupportItem", "One piece of support in a plan version: what it is, what it costs and how often, which needs and outcomes it serves, how it is arranged and who provides it.", i => i.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the support is, e.g. \"Personal care, mornings\".").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<MoneyType>>("unitCost").Description("The cost of one unit: an hour, a day, a session, or one period's amount.").Resolve(c => c.Source.UnitCost);
        Field<NonNullGraphType<CostFrequencyType>>("frequency").Description("How often the unit cost is incurred.").Resolve(c => c.Source.Frequency);
        Field<NonNullGraphType<IntGraphType>>("quantity").Description("Units a week for hourly, daily and per-session items; otherwise units per period.").Resolve(c => c.Source.Quantity);
        Field<NonNullGraphType<MoneyType>>("weeklyCost").Description("The annual cost spread over 52 weeks, to the nearest penny.").Resolve(c => c.Source.WeeklyCost);
        Field<NonNullGraphType<MoneyType>>("annualCost").Description("The cost over the declared 52-week year.").Resolve(c => c.Source.AnnualCost);
        Field<SupportArrangementType>("arrangement").Description("How it is arranged; null until someone says.").Resolve(c => c.Source.Arrangement);
        Field<OrganisationType>("provider")
            .Description("The provider organisation, when it is one the council knows.")
            .Resolve()
            .WithService<ByIdLoader<Organisation>>()
            .Resolve((c, organisations) => c.Source.ProviderId is { } id ? organisations.Load(id) : null);
        Field<StringGraphType>("providerName").Description("Who provides it, in words: an organisation, a personal assistant, a family member.").Resolve(c => c.Source.ProviderName);
        Field<NonNullGraphType<IntGraphType>>("position").Description("The item's place in its version: 1, 2, 3 … in the order items were added. Revisions keep it.").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<BooleanGraphType>>("isArranged").Description("R10: true when the item says how it is arranged and who provides it.").Resolve(c => c.Source.IsArranged);
        Field<NonNullGraphType<PayeeRelationshipType>>("payeeRelationship").Description("R14: how whoever is paid for this item is related to the person.").Resolve(c => c.Source.PayeeRelationship);
        Field<NonNullGraphType<BooleanGraphType>>("payeeLivesWithPerson").Description("R14: whether whoever is paid lives in the same household as the person.").Resolve(c => c.Source.PayeeLivesWithPerson);
        Field<NonNullGraphType<BooleanGraphType>>("isLawful").Description("R14: false when a Direct Payment pays a spouse or partner, or a close relative at home, and the council has not recorded that it is necessary.").Resolve(c => c.Source.IsLawful);
        Field<StringGraphType>("necessityReason").Description("R14: why the council is satisfied that paying this relative by Direct Payment is necessary; null unless recorded.").Resolve(c => c.Source.NecessityReason);
        Field<StringGraphType>("necessityRecordedByName").Description("R14: the officer who recorded the necessity.").Resolve(c => c.Source.NecessityRecordedByName);
        Field<DateTimeType>("necessityRecordedAt").Description("R14: when the necessity was recorded.").Resolve(c => c.Source.NecessityRecordedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibleNeedType>>>>("needsMet")
            .Description("The assessment's eligible needs this item meets.")
            .Resolve()
            .WithService<ByIdLoader<EligibleNeed>>()
            .Resolve((c, needs) => DataLoaderResults.WhenAll(c.Source.NeedsMet.Select(needs.Load).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesiredOutcomeType>>>>("outcomesMet")
            .Description("The assessment's desired outcomes this item serves.")
            .Resolve()
            .WithService<ByIdLoader<DesiredOutcome>>()
            .Resolve((c, outcomes) => DataLoaderResults.WhenAll(c.Source.OutcomesMet.Select(outcomes.Load).ToList()));
    }
}
