using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class ActorNotPermittedErrorType : DomainErrorGraphType<ActorNotPermittedError>
{
    public ActorNotPermittedErrorType()
        : base("ActorNotPermittedError", "The rules do not let someone in the caller's role do this (e.g. only the person confirms their own decisions; only council roles end plans). Someone in another role must do it.")
    {
        Field<NonNullGraphType<ActorRoleType>>("role").Description("The role the caller acted in.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("action").Description("What the caller tried to do, in words.").Resolve(c => c.Source.Action);
    }
}
