using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ChangesStartDateRequiredErrorType() : DomainErrorGraphType<ChangesStartDateRequiredError>(
    "ChangesStartDateRequiredError",
    "R22: the review lists changes, and `changesStartOn` is missing: both parties sign the changes and when they start.");
