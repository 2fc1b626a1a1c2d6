using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>An adult with eligible care and support needs, and the Key Worker who is their focal point.</summary>
public sealed class Person : IPersonRecord
{
    Id<Person> IPersonRecord.PersonId => Id;

    private Person()
    {
        Reference = string.Empty;
        FullName = string.Empty;
        PreferredName = string.Empty;
    }

    public Person(Id<Person> id, string reference, string fullName, string preferredName, DateOnly dateOfBirth, Id<StaffMember> keyWorkerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        Id = id;
        Reference = reference;
        FullName = fullName;
        PreferredName = string.IsNullOrWhiteSpace(preferredName) ? fullName : preferredName;
        DateOfBirth = dateOfBirth;
        KeyWorkerId = keyWorkerId;
    }

    public Id<Person> Id { get; private set; }

    /// <summary>The council's reference for the person; also the subject they sign in as.</summary>
    public string Reference { get; private set; }

    public string FullName { get; private set; }

    public string PreferredName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    /// <summary>The assigned Key Worker: "the central point of contact".</summary>
    public Id<StaffMember> KeyWorkerId { get; private set; }
}
