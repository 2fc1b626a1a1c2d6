namespace CarePlanGraph.Domain.Common;

/// <summary>Role groupings the rules refer to.</summary>
public static class ActorRoleExtensions
{
    /// <summary>Council staff: the only roles that agree or decline plans and decide requests (R29).</summary>
    public static bool IsCouncilRole(this ActorRole role) => role is ActorRole.KeyWorker
        or ActorRole.CustomerServices
        or ActorRole.RiskPanelMember
        or ActorRole.Safeguarding
        or ActorRole.Administrator;

    /// <summary>
    /// The council roles that act as the assessing officer and so may agree or decline a plan (R15, R29):
    /// a Key Worker, or an administrator standing in for one.
    /// </summary>
    public static bool CanDecidePlans(this ActorRole role) => role is ActorRole.KeyWorker or ActorRole.Administrator;
}
