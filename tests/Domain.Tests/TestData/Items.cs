using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.TestData;

/// <summary>
/// Support items that between them meet every need and outcome of <see cref="AssessmentBuilder"/> for £16,120.00 a
/// year: personal care £9,100.00, a personal assistant for meals £3,900.00, community centre sessions £3,120.00.
/// </summary>
internal static class Items
{
    public static Id<Organisation> Sunrise { get; } = Id<Organisation>.New();

    public static SupportItemDetails PersonalCare { get; } = new(
        "Personal care each morning",
        Money.FromPounds(25),
        CostFrequency.Hourly,
        7,
        SupportArrangement.CouncilArranged,
        Sunrise,
        "Sunrise Care",
        [AssessmentBuilder.Washing.Id],
        [AssessmentBuilder.StayAtHome.Id]);

    public static SupportItemDetails MealsAssistant { get; } = new(
        "Personal assistant to help cook meals",
        Money.FromPounds(15),
        CostFrequency.Hourly,
        5,
        SupportArrangement.DirectPayment,
        null,
        "Jo Fenwick, personal assistant",
        [AssessmentBuilder.Meals.Id],
        [AssessmentBuilder.StayAtHome.Id]);

    public static SupportItemDetails CommunityCentre { get; } = new(
        "Sessions at the Oak community centre",
        Money.FromPounds(30),
        CostFrequency.PerSession,
        2,
        SupportArrangement.SelfOrFamilyOrganised,
        null,
        "Oak Community Centre",
        [],
        [AssessmentBuilder.SeeFriends.Id]);

    public static Money CoveringTotal { get; } = Money.FromPounds(16_120);

    /// <summary>An item with the given cost and nothing else of note, to move totals about.</summary>
    public static SupportItemDetails Extra(Money unitCost, CostFrequency frequency = CostFrequency.Annually, int quantity = 1) => new(
        "Gym membership",
        unitCost,
        frequency,
        quantity,
        SupportArrangement.DirectPayment,
        null,
        "Riverside Leisure",
        [],
        [AssessmentBuilder.SeeFriends.Id]);

    /// <summary>A Direct Payment to a family member, for R14: £624.00 a year, so a ready plan stays within budget.</summary>
    public static SupportItemDetails PaidRelative(PayeeRelationship relationship, bool livesWithPerson) => new(
        "Evening help from family",
        Money.FromPounds(12),
        CostFrequency.Hourly,
        1,
        SupportArrangement.DirectPayment,
        null,
        "Annabella Byron",
        [AssessmentBuilder.Meals.Id],
        [],
        relationship,
        livesWithPerson);

    public static IReadOnlyList<Id<EligibleNeed>> NoNeeds { get; } = [];
}
