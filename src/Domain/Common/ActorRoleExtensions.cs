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
}
