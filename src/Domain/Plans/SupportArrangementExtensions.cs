namespace CarePlanGraph.Domain.Plans;

/// <summary>What each way of arranging support means for how the money is managed (R10).</summary>
public static class SupportArrangementExtensions
{
    /// <summary>
    /// The management route an arrangement belongs to. Organising support yourself, with family, or with an
    /// organisation's help is paid for by Direct Payment; the council arranging it is council-managed; a provider
    /// organising it holds an Individual Service Fund. Unpaid support (R34) spends nothing, so it has no route: null.
    /// </summary>
    public static ManagementOption? ManagementRoute(this SupportArrangement arrangement) => arrangement switch
    {
        SupportArrangement.Unpaid => null,
        SupportArrangement.DirectPayment
            or SupportArrangement.SelfOrFamilyOrganised
            or SupportArrangement.OrganisationHelps => ManagementOption.DirectPayment,
        SupportArrangement.CouncilArranged => ManagementOption.CouncilManaged,
        SupportArrangement.IndividualServiceFund => ManagementOption.IndividualServiceFund,
        _ => throw new ArgumentOutOfRangeException(nameof(arrangement), arrangement, "Unknown support arrangement."),
    };

    /// <summary>
    /// True when the money flows through a Direct Payment, so the reg. 3 restriction on paying family applies (R14).
    /// </summary>
    public static bool IsPaidByDirectPayment(this SupportArrangement arrangement) =>
        arrangement.ManagementRoute() == ManagementOption.DirectPayment;

    /// <summary>R34: true when the support is given freely and must cost nothing.</summary>
    public static bool IsUnpaid(this SupportArrangement arrangement) => arrangement == SupportArrangement.Unpaid;

    /// <summary>
    /// True when the item cannot be recorded without the provider organisation the council knows: an Individual
    /// Service Fund is held by a provider, so the provider must be named when the item is written.
    /// </summary>
    public static bool RequiresProviderOrganisation(this SupportArrangement arrangement) =>
        arrangement == SupportArrangement.IndividualServiceFund;

    /// <summary>Plain words for the person's copy (R16).</summary>
    public static string Describe(this SupportArrangement arrangement) => arrangement switch
    {
        SupportArrangement.DirectPayment => "paid for with your Direct Payment",
        SupportArrangement.CouncilArranged => "arranged and paid for by the council",
        SupportArrangement.IndividualServiceFund => "organised by the provider from an Individual Service Fund",
        SupportArrangement.OrganisationHelps => "arranged with help from an organisation, paid for with your Direct Payment",
        SupportArrangement.SelfOrFamilyOrganised => "organised by you or your family or friends, paid for with your Direct Payment",
        SupportArrangement.Unpaid => "given freely, not paid for from your budget",
        _ => throw new ArgumentOutOfRangeException(nameof(arrangement), arrangement, "Unknown support arrangement."),
    };
}
