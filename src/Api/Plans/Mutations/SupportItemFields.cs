using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>The fields of a support item's input, shared by the add (all required) and change (all optional) inputs, and their reading.</summary>
internal static class SupportItemFields
{
    private static readonly SupportItemDetails Blank = new(string.Empty, Money.Zero, CostFrequency.Weekly, 1, null, null, null, [], []);

    public static void Add(InputObjectGraphType input, bool required)
    {
        if (required)
        {
            input.Field<NonNullGraphType<StringGraphType>>("description").Description("What the support is, e.g. \"Personal care, mornings\". Required, at most 200 characters.");
            input.Field<NonNullGraphType<LongGraphType>>("unitCostPence").Description("The cost of one unit in whole pence (£22.50 is 2250): an hour, a day, a session, or one period's amount. 0 for unpaid support; never negative; at most 10000000 (£100,000.00).");
            input.Field<NonNullGraphType<CostFrequencyType>>("frequency").Description("How often the unit cost is incurred.");
            input.Field<NonNullGraphType<IntGraphType>>("quantity").Description("Units a week for HOURLY (at most 168), DAILY (7) and PER_SESSION (28) items; otherwise units per period (at most 50). At least 1.");
        }
        else
        {
            input.Field<StringGraphType>("description").Description("What the support is. At most 200 characters; cannot be blank.");
            input.Field<LongGraphType>("unitCostPence").Description("The cost of one unit in whole pence (£22.50 is 2250); never negative, at most 10000000.");
            input.Field<CostFrequencyType>("frequency").Description("How often the unit cost is incurred.");
            input.Field<IntGraphType>("quantity").Description("Units a week for HOURLY, DAILY and PER_SESSION items; otherwise units per period. At least 1.");
        }

        input.Field<SupportArrangementType>("arrangement").Description("How it is arranged (R10). May be left out while drafting, but every item needs one before agreement.");
        input.Field<IdGraphType>("providerId").Description("The provider organisation's ID (`Organisation.id`), when it is a service provider the council knows; required for INDIVIDUAL_SERVICE_FUND. `providerName` defaults to its name.");
        input.Field<StringGraphType>("providerName").Description("Who provides it, in words: a personal assistant, a family member, an organisation the council does not know. At most 200 characters.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("needsMet").Description("IDs of the eligible needs in the plan's assessment this item meets (`CarePlan.assessment.eligibleNeeds`).");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("outcomesMet").Description("IDs of the desired outcomes in the plan's assessment this item serves (`CarePlan.assessment.outcomes`).");
        input.Field<PayeeRelationshipType>("payeeRelationship").Description("R14: how whoever is paid is related to the person. Defaults to NOT_A_RELATIVE.");
        input.Field<BooleanGraphType>("payeeLivesWithPerson").Description("R14: whether whoever is paid lives in the same household as the person. Defaults to false.");
    }

    /// <summary>The details <paramref name="change"/> describes, on top of <paramref name="current"/> (an item being changed) or from blank.</summary>
    public static SupportItemDetails Read(SupportItemChange change, SupportItemDetails? current)
    {
        ArgumentNullException.ThrowIfNull(change);
        var start = current ?? Blank;
        return new SupportItemDetails(
            change.Description.IsSet ? change.Description.Value ?? string.Empty : start.Description,
            change.UnitCostPence.Value is { } pence ? new Money(pence) : start.UnitCost,
            change.Frequency.Value ?? start.Frequency,
            change.Quantity.Value ?? start.Quantity,
            change.Arrangement.Or(start.Arrangement),
            change.ProviderId.Or(start.ProviderId),
            change.ProviderName.Or(start.ProviderName),
            change.NeedsMet.IsSet ? change.NeedsMet.Value ?? [] : start.NeedsMet,
            change.OutcomesMet.IsSet ? change.OutcomesMet.Value ?? [] : start.OutcomesMet,
            change.PayeeRelationship.Value ?? start.PayeeRelationship,
            change.PayeeLivesWithPerson.Value ?? start.PayeeLivesWithPerson);
    }
}

/// <summary>A support item's input: every field of a new item, or the fields of an item to change (those left out keep their values).</summary>
public sealed record SupportItemChange(
    Optional<string?> Description,
    Optional<long?> UnitCostPence,
    Optional<CostFrequency?> Frequency,
    Optional<int?> Quantity,
    Optional<SupportArrangement?> Arrangement,
    Optional<Id<Organisation>?> ProviderId,
    Optional<string?> ProviderName,
    Optional<IReadOnlyList<Id<EligibleNeed>>?> NeedsMet,
    Optional<IReadOnlyList<Id<DesiredOutcome>>?> OutcomesMet,
    Optional<PayeeRelationship?> PayeeRelationship,
    Optional<bool?> PayeeLivesWithPerson);
