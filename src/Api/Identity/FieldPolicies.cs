namespace CarePlanGraph.Api.Identity;

/// <summary>The named field policies of the schema (see <see cref="CarePlanFieldPolicyEvaluator"/>).</summary>
public static class FieldPolicies
{
    /// <summary>Money, the financial assessment, officers' decision notes: not for providers (R27), nor for carers (R33).</summary>
    public const string NotForProviders = "not-for-providers";

    /// <summary>The audit log: administrators only (R30).</summary>
    public const string AdministratorsOnly = "administrators-only";
}
