using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>
/// A record about one person: reading or changing it is reading or changing that person's record (R30), and who may
/// see it follows from who may see them.
/// </summary>
public interface IPersonRecord
{
    Id<Person> PersonId { get; }
}
