namespace CarePlanGraph.Domain.Common;

/// <summary>Who did something: the signed-in subject, a display name and the role they acted in.</summary>
public sealed record Actor(string Subject, string Name, ActorRole Role)
{
    /// <summary>The system itself, for changes nobody asked for (scheduled work, demo data).</summary>
    public static Actor System { get; } = new("system", "CarePlanGraph", ActorRole.System);
}
