using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Carers;

/// <summary>No carer with this ID that the caller may see; a hidden one gets the same answer.</summary>
[Description("No carer with this ID that you may see. A carer you may not see is reported the same way as one that does not exist. Find a person's carers with `Person.carers`.")]
public sealed record CarerNotFoundError(
    [property: Description("The carer ID that was given.")] Id<Carer> CarerId)
    : DomainError("CARER_NOT_FOUND", "There is no carer with this ID that you may see. Find the person's carers with `Person.carers`.");
