using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: people are invited to a review in advance, telling the Key Worker; the review date has passed.</summary>
[Description("R22: people are invited to a review in advance, telling the Key Worker; the review date has passed.")]
public sealed record InvitationAfterReviewDateError(
    [property: Description("The day of the review.")] DateOnly ReviewOn,
    DateOnly Today)
    : DomainError("INVITATION_AFTER_REVIEW_DATE", $"The review was on {ReviewOn:yyyy-MM-dd}; invitations are made in advance, so the Key Worker knows who is coming.");
