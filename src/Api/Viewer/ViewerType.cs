using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Viewer;

public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is calling: the signed-in subject, the role they act in, and the person, staff record or organisation they are.";
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The subject of the access token.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The caller's display name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorRoleType>>>>("roles").Description("The roles the caller acts in.").Resolve(c => new[] { c.Source.Role });
        Field<PersonType>("person")
            .Description("The person record, when the caller is the person a plan is for.")
            .Resolve()
            .WithService<ByIdLoader<Person>>()
            .Resolve((c, people) => c.Source.PersonId is { } id ? people.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("caresFor")
            .Description("R33: when the caller is a carer (HELPER), the people who recorded them with consent still in force; empty otherwise.")
            .Resolve()
            .WithService<ByIdLoader<Person>>()
            .Resolve((c, people) => DataLoaderResults.WhenAll(c.Source.CaresFor.Select(care => people.Load(care.PersonId)).ToList()));
        Field<StaffMemberType>("staffMember")
            .Description("The staff record, when the caller is council staff.")
            .Resolve()
            .WithService<ByIdLoader<StaffMember>>()
            .Resolve((c, staff) => c.Source.StaffMemberId is { } id ? staff.Load(id) : null);
        Field<OrganisationType>("organisation")
            .Description("The organisation, when the caller is a provider, a support planner or an advocate.")
            .Resolve()
            .WithService<ByIdLoader<Organisation>>()
            .Resolve((c, organisations) => c.Source.OrganisationId is { } id ? organisations.Load(id) : null);
    }
}
