namespace CarePlanGraph.Domain.Reviews;

/// <summary>Who the person invites to their review (R22) [A].</summary>
public enum InviteeKind
{
    /// <summary>A carer, family member or friend.</summary>
    Carer,

    /// <summary>A service provider.</summary>
    ServiceProvider,

    /// <summary>Someone from a formal or informal support network.</summary>
    SupportNetwork,

    /// <summary>Another agency involved in the person's care.</summary>
    Agency,

    /// <summary>Anyone else who knows the person well.</summary>
    Other,
}
