using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Assessments;

/// <summary>No person with this ID that the caller may see (hidden and missing look the same).</summary>
[Description("No person with this ID that you may see (one you may not see is reported the same way). Find people with `people`.")]
public sealed record PersonNotFoundError(
    [property: Description("The person ID that was given.")] Id<Person> PersonId)
    : DomainError("PERSON_NOT_FOUND", "There is no person with this ID that you may see. Find the people you work with with `people`.");
