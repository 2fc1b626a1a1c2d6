using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: this party has already signed the review.</summary>
public sealed record ReviewAlreadySignedError(ReviewParty Party, string SignedByName)
    : DomainError("REVIEW_ALREADY_SIGNED", Party == ReviewParty.Person
        ? $"The review has already been signed for the person, by {SignedByName}."
        : $"The review has already been signed for the council, by {SignedByName}.");
