using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: a review that agrees changes says when they start, so both parties sign the timescale.</summary>
[Description("R22: the review lists changes, and `changesStartOn` is missing: both parties sign the changes and when they start.")]
public sealed record ChangesStartDateRequiredError()
    : DomainError("CHANGES_START_DATE_REQUIRED", "The review lists changes; say when they start.");
