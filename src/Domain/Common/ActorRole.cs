namespace CarePlanGraph.Domain.Common;

/// <summary>The capacity in which someone acts. Council roles may agree plans and decide requests (R29).</summary>
public enum ActorRole
{
    Person,
    Helper,
    KeyWorker,
    CustomerServices,
    RiskPanelMember,
    Safeguarding,
    Administrator,
    Provider,
    SupportPlanner,
    Advocate,

    /// <summary>An application the council runs itself (its website) signing in as itself: it sees no one's records.</summary>
    CouncilApplication,
    System,
}
