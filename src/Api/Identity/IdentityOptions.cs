namespace CarePlanGraph.Api.Identity;

/// <summary>How token claims map to CarePlanGraph's records (configuration section "Identity").</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The claim holding a user's handle: a person's reference, a staff username, or a planner's or advocate's organisation handle.</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>The claim holding an app-only caller's organisation handle (client credentials).</summary>
    public string ApplicationClaim { get; set; } = "azp";

    /// <summary>An optional claim naming the organisation a user works for; when absent, the subject is the organisation's handle.</summary>
    public string OrganisationClaim { get; set; } = "org";
}
