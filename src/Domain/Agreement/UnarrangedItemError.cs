using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R10: a support item does not say how it is arranged, or who provides it, or either.</summary>
[Description("R10: a support item does not say how it is arranged, or who provides it, or either. Set `arrangement` and `providerId` or `providerName` with `updateSupportItem`.")]
public sealed record UnarrangedItemError(
    Id<SupportItem> ItemId,
    string Description,
    [property: Description("True when the item does not say how it is arranged.")] bool ArrangementMissing,
    [property: Description("True when the item does not say who provides it.")] bool ProviderMissing)
    : AgreementCheckError(AgreementCheck.Arranged, "UNARRANGED_ITEM", Describe(Description, ArrangementMissing, ProviderMissing))
{
    private static string Describe(string description, bool arrangementMissing, bool providerMissing) => (arrangementMissing, providerMissing) switch
    {
        (true, true) => $"\"{description}\" does not say how it is arranged or who provides it.",
        (true, false) => $"\"{description}\" does not say how it is arranged.",
        _ => $"\"{description}\" does not say who provides it.",
    };
}
