using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Audit;
using GraphQL.Types;

namespace CarePlanGraph.Api.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One row of the append-only audit log: who read or changed whose record, by which operation, when.";
        Field<NonNullGraphType<DateTimeType>>("at").Description("When it happened.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The subject of the caller's access token.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The caller's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ActorRoleType>>("role").Description("The role the caller acted in.").Resolve(c => c.Source.Role);
        Field<IdGraphType>("organisationId").Description("The caller's organisation, for providers, planners and advocates.").Resolve(c => c.Source.OrganisationId is { } id ? NodeId.Encode("Organisation", id.Value) : null);
        Field<NonNullGraphType<AuditActionType>>("action").Description("Read or change.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The GraphQL operation, e.g. \"query people\" or \"mutation agreePlan\".").Resolve(c => c.Source.Operation);
        Field<IdGraphType>("personId").Description("Whose record it was (a Person ID).").Resolve(c => c.Source.PersonId is { } id ? NodeId.Encode("Person", id.Value) : null);
    }
}
