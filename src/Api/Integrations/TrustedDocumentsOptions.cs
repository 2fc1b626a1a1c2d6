namespace CarePlanGraph.Api.Integrations;

/// <summary>Settings <c>Integrations</c>: whether integrations may send documents they have not registered.</summary>
public sealed class TrustedDocumentsOptions
{
    public const string SectionName = "Integrations";

    /// <summary>
    /// <see cref="AdHocDocuments.Refused"/> (the default): an integration sends only its trusted documents' ids.
    /// <see cref="AdHocDocuments.Allowed"/>: it may send any document, as people and staff may (Development, tests).
    /// </summary>
    public AdHocDocuments AdHocDocuments { get; set; } = AdHocDocuments.Refused;
}

public enum AdHocDocuments
{
    Refused,
    Allowed,
}
