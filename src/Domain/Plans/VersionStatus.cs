namespace CarePlanGraph.Domain.Plans;

/// <summary>Where one version of a plan stands. An agreed version is never edited (R07).</summary>
public enum VersionStatus
{
    Draft,
    Submitted,
    ChangesRequired,
    Agreed,
    Superseded,
    Withdrawn,
}
