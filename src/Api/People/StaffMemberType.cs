using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.People;

public sealed class StaffMemberType : NodeGraphType<StaffMember>
{
    public StaffMemberType()
        : base("StaffMember", "A member of council staff: a Key Worker (assessing officer), Customer Services, a Risk Management Panel member, safeguarding or an administrator.", s => s.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("username").Description("The name the staff member signs in with, e.g. `kw-sam`.").Resolve(c => c.Source.Username);
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("Their full name, as shown to the people they work with.").Resolve(c => c.Source.FullName);
        Field<NonNullGraphType<ActorRoleType>>("role").Description("The council role they hold.").Resolve(c => c.Source.Role);
    }
}
