using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: this party has already signed the review.</summary>
[Description("R22: this party has already signed the review.")]
public sealed record ReviewAlreadySignedError(
    [property: Description("The party who already signed.")] ReviewParty Party,
    [property: Description("Who signed for them.")] string SignedByName)
    : DomainError("REVIEW_ALREADY_SIGNED", Party == ReviewParty.Person
        ? $"The review has already been signed for the person, by {PlainEnglish.Clause(SignedByName)}."
        : $"The review has already been signed for the council, by {PlainEnglish.Clause(SignedByName)}.");
