namespace CarePlanGraph.Domain.Complaints;

/// <summary>Someone who came to a meeting with all key staff (R17), and in what capacity.</summary>
public sealed class ResolutionMeetingAttendee
{
    public const int MaxLength = 200;

    private ResolutionMeetingAttendee()
    {
        Name = string.Empty;
        Role = string.Empty;
    }

    public ResolutionMeetingAttendee(string name, string role)
    {
        Name = name;
        Role = role;
    }

    /// <summary>Their name.</summary>
    public string Name { get; private set; }

    /// <summary>Who they are at the meeting, in words: "the person", "Key Worker", "occupational therapist" ….</summary>
    public string Role { get; private set; }
}
