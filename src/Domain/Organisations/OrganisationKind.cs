namespace CarePlanGraph.Domain.Organisations;

/// <summary>What an outside organisation does for people.</summary>
public enum OrganisationKind
{
    /// <summary>Delivers support items.</summary>
    ServiceProvider,

    /// <summary>Independent support planning: helps people write plans and set up support.</summary>
    SupportPlanner,

    /// <summary>Independent advocacy: speaks for the person.</summary>
    Advocacy,
}
