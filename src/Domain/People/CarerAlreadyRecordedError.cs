using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>R33: the person already has a carer signing in with this username, with consent in force.</summary>
[Description("R33: the person already has a carer who signs in with this username and whose consent is in force. Withdraw that consent first, or use another username.")]
public sealed record CarerAlreadyRecordedError(
    [property: Description("The username that is already recorded for this person.")] string Username)
    : DomainError("CARER_ALREADY_RECORDED", $"The person already has a carer who signs in as '{Username}'.");
