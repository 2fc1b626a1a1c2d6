using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class NotAssessingOfficerErrorType : DomainErrorGraphType<NotAssessingOfficerError>
{
    public NotAssessingOfficerErrorType()
        : base("NotAssessingOfficerError", "R15, R29: only a Key Worker (or an administrator) acting as assessing officer agrees or declines a plan.")
    {
        Field<NonNullGraphType<ActorRoleType>>("role").Description("The role the caller acted in.").Resolve(c => c.Source.Role);
    }
}
