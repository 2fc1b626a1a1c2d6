using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class InvalidTransitionErrorType : DomainErrorGraphType<InvalidTransitionError>
{
    public InvalidTransitionErrorType()
        : base("InvalidTransitionError", "The plan's status machine does not allow this now (e.g. submitting twice, agreeing a draft, revising while a revision is open). Reload the plan and check `status` and `currentVersion.status`.")
    {
        Field<NonNullGraphType<PlanStatusType>>("from").Description("The plan's status when it was refused.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("action").Description("What was refused, in words.").Resolve(c => c.Source.Action);
        Field<IntGraphType>("blockingVersionNumber").Description("The version that stood in the way, when it was a version's status rather than the plan's (e.g. a revision still being worked on).").Resolve(c => c.Source.VersionNumber);
        Field<VersionStatusType>("blockingVersionStatus").Description("That version's status.").Resolve(c => c.Source.VersionStatus);
    }
}
