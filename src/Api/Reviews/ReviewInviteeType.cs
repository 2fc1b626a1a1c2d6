using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewInviteeType : ObjectGraphType<ReviewInvitee>
{
    public ReviewInviteeType()
    {
        Name = "ReviewInvitee";
        Description = "Someone the person invited to their review (R22). Inviting them told the Key Worker.";
        Field<NonNullGraphType<InviteeKindType>>("kind").Description("Who they are to the person.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name.").Resolve(c => c.Source.Name);
        Field<IdGraphType>("organisationId").Description("The organisation they come from, when the council knows it (`Organisation.id`).")
            .Resolve(c => c.Source.OrganisationId is { } id ? NodeId.Encode("Organisation", id.Value) : null);
        Field<IdGraphType>("carerId").Description("R33: the carer the person recorded (`Carer.id`), when the invitee is one; they see this review when they sign in.")
            .Resolve(c => c.Source.CarerId is { } id ? NodeId.Encode("Carer", id.Value) : null);
        Field<NonNullGraphType<StringGraphType>>("invitedByName").Description("Who invited them.").Resolve(c => c.Source.InvitedByName);
        Field<NonNullGraphType<DateTimeType>>("invitedAt").Description("When they were invited, which is when the Key Worker was told.").Resolve(c => c.Source.InvitedAt);
    }
}
