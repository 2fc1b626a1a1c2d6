using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Organisations;

/// <summary>An organisation outside the council: a service provider, an independent support planner or an advocacy service.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Handle = string.Empty;
        Name = string.Empty;
    }

    public Organisation(Id<Organisation> id, string handle, string name, OrganisationKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handle);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Handle = handle;
        Name = name;
        Kind = kind;
    }

    public Id<Organisation> Id { get; private set; }

    /// <summary>A short stable handle, e.g. <c>prov-sunrise</c>; integrations sign in under it.</summary>
    public string Handle { get; private set; }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private set; }
}
