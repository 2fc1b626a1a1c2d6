namespace CarePlanGraph.Domain.Audit;

/// <summary>Whether a person's record was read or changed (R30).</summary>
public enum AuditAction
{
    Read,
    Change,
}
