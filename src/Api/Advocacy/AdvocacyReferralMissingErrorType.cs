using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Advocacy;

namespace CarePlanGraph.Api.Advocacy;

public sealed class AdvocacyReferralMissingErrorType() : DomainErrorGraphType<AdvocacyReferralMissingError>(
    "AdvocacyReferralMissingError",
    "R22: an advocate is assigned after the person is referred to advocacy (`referToAdvocate`), and they have not been.");
