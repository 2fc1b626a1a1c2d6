using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.People;

/// <summary>No person with this ID that the caller may see; a hidden one gets the same answer.</summary>
[Description("No person with this ID that you may see. A person you may not see is reported the same way as one who does not exist. Find people with `people` or `me.person`.")]
public sealed record PersonNotFoundError(
    [property: Description("The person ID that was given.")] Id<Person> PersonId)
    : DomainError("PERSON_NOT_FOUND", "There is no person with this ID that you may see. Find people with `people`, or yourself with `me.person`.");
