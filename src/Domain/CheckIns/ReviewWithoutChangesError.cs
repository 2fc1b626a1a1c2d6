using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.CheckIns;

/// <summary>A review was asked for from a check-in that found no changes needed (R32, R21).</summary>
[Description("R32: a check-in asks for a review only when changes are needed. Set `changesNeeded` to true, or leave out `reviewGrounds`; to ask for a review for another reason, use `requestReview`.")]
public sealed record ReviewWithoutChangesError()
    : DomainError("REVIEW_WITHOUT_CHANGES", "A review can be asked for from a check-in only when changes to the support are needed.");
