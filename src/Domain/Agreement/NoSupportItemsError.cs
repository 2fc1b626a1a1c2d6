using System.ComponentModel;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R10: the version has no support items, so it shows no support arranged at all.</summary>
[Description("R10: the version has no support items, so it shows no support arranged at all. Add items with `addSupportItem`.")]
public sealed record NoSupportItemsError()
    : AgreementCheckError(AgreementCheck.Arranged, "NO_SUPPORT_ITEMS", "The plan has no support items: it must show how support is arranged and who provides it.");
