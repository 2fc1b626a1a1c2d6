using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R21: the review request was already accepted or declined.</summary>
[Description("R21: the review request was already accepted or declined; a request is decided once.")]
public sealed record ReviewRequestAlreadyDecidedError(
    [property: Description("How it was decided.")] ReviewRequestStatus Status)
    : DomainError("REVIEW_REQUEST_ALREADY_DECIDED", $"This review request has already been {PlainEnglish.Describe(Status)}; it cannot be decided again.");
