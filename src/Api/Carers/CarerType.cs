using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Carers;

public sealed class CarerType : NodeGraphType<Carer>
{
    public CarerType()
        : base("Carer", "R33: a carer (or anyone else the person names), recorded with the person's consent. They sign in as themselves with the HELPER role and see only what the person consented to.", c => c.Id.Value)
    {
        Field<NonNullGraphType<PersonType>>("person")
            .Description("The person they care for, who gave the consent.")
            .Resolve()
            .WithService<ByIdLoader<Person>>()
            .Resolve((c, people) => people.Load(c.Source.PersonId).Then(person => person!));
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("The carer's full name.").Resolve(c => c.Source.FullName);
        Field<NonNullGraphType<StringGraphType>>("relationship").Description("Who they are to the person, in the person's words, e.g. \"sister\".").Resolve(c => c.Source.Relationship);
        Field<NonNullGraphType<StringGraphType>>("username").Description("The subject the carer signs in as (the `sub` of their token, with the HELPER role).").Resolve(c => c.Source.Username);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarerConsentType>>>>("consents").Description("What the person consented the carer may see, in `CarerConsent` order.").Resolve(c => c.Source.Consents);
        Field<NonNullGraphType<BooleanGraphType>>("consentInForce").Description("False once the person withdrew consent: the carer's sign-in is then refused and they see nothing of the person.").Resolve(c => c.Source.ConsentInForce);
        Field<NonNullGraphType<DateTimeType>>("consentGivenAt").Description("When the person's consent was recorded.").Resolve(c => c.Source.ConsentGivenAt);
        Field<NonNullGraphType<StringGraphType>>("consentRecordedByName").Description("Who recorded it: the person, or their Key Worker recording the person's consent.").Resolve(c => c.Source.ConsentRecordedByName);
        Field<NonNullGraphType<ActorRoleType>>("consentRecordedByRole").Description("The role they recorded it in.").Resolve(c => c.Source.ConsentRecordedByRole);
        Field<DateTimeType>("consentWithdrawnAt").Description("When the person withdrew consent; null while it is in force.").Resolve(c => c.Source.ConsentWithdrawnAt);
        Field<StringGraphType>("consentWithdrawnByName").Description("Who recorded the withdrawal; null while consent is in force.").Resolve(c => c.Source.ConsentWithdrawnByName);
    }
}
