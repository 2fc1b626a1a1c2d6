using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>R22: an advocate is assigned after the person is referred to advocacy, and they have not been.</summary>
[Description("R22: an advocate is assigned after the person is referred to advocacy (`referToAdvocate`), and they have not been.")]
public sealed record AdvocacyReferralMissingError()
    : DomainError("ADVOCACY_REFERRAL_MISSING", "Refer the person to an independent advocate (referToAdvocate) before assigning one.");
