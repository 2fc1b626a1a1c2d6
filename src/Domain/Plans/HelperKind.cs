namespace CarePlanGraph.Domain.Plans;

/// <summary>Who helped the person with their plan (R06, R13) [A][B].</summary>
public enum HelperKind
{
    /// <summary>A family member or friend.</summary>
    FamilyOrFriend,

    /// <summary>A service provider.</summary>
    ServiceProvider,

    /// <summary>An independent support planner: an organisation the council knows.</summary>
    IndependentSupportPlanner,

    /// <summary>The person's Key Worker.</summary>
    KeyWorker,

    /// <summary>Someone who completed the plan on the person's behalf.</summary>
    OnBehalfOfPerson,

    /// <summary>An independent advocate.</summary>
    IndependentAdvocate,
}
