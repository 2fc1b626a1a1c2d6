using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>[A], R22: the person already has an advocate assigned, or has been referred to one and is waiting for one to be assigned.</summary>
[Description("The person already has an independent advocate (`assigned` true, named in `advocateName`), or the Key Worker has referred them to one and one is being assigned. There is nothing to ask for.")]
public sealed record AdvocateAlreadyArrangedError(
    [property: Description("True when an advocate is assigned; false when the person is referred and waiting for one.")] bool Assigned,
    [property: Description("The advocate assigned, when there is one.")] string? AdvocateName)
    : DomainError("ADVOCATE_ALREADY_ARRANGED", Assigned
        ? $"{AdvocateName} is already the person's independent advocate."
        : "The Key Worker has already referred the person to an independent advocate; one will be assigned.");
