namespace CarePlanGraph.Domain.Plans;

/// <summary>Deriving and describing a plan's management option (R10).</summary>
public static class ManagementOptionExtensions
{
    /// <summary>
    /// The option that follows from the arrangements of a version's items; unarranged items are ignored, and so is
    /// unpaid support (R34), which does not change how the budget is managed.
    /// </summary>
    public static ManagementOption FromArrangements(IEnumerable<SupportArrangement?> arrangements)
    {
        ArgumentNullException.ThrowIfNull(arrangements);
        var routes = arrangements
            .OfType<SupportArrangement>()
            .Select(a => a.ManagementRoute())
            .OfType<ManagementOption>()
            .Distinct()
            .ToArray();
        return routes.Length switch
        {
            0 => ManagementOption.NotDecided,
            1 => routes[0],
            _ => ManagementOption.Combination,
        };
    }

    /// <summary>Plain words for the person's copy (R16).</summary>
    public static string Describe(this ManagementOption option) => option switch
    {
        ManagementOption.NotDecided => "managed in a way not decided yet",
        ManagementOption.DirectPayment => "a Direct Payment: you manage your support yourself",
        ManagementOption.CouncilManaged => "managed by the council: we arrange your support",
        ManagementOption.IndividualServiceFund => "an Individual Service Fund: a provider manages your support for you",
        ManagementOption.Combination => "managed in more than one of these ways",
        _ => throw new ArgumentOutOfRangeException(nameof(option), option, "Unknown management option."),
    };
}
