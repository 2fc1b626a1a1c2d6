using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Carers.Mutations;

/// <summary>R26, R33: the person records their carers, with what they consent to, and withdraws that consent.</summary>
public static class CarerMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AddRecordCarer(mutation);
        AddWithdrawCarerConsent(mutation);
    }

    private static void AddRecordCarer(ObjectGraphType mutation) =>
        mutation.Mutation<CarerChange>(
                "recordCarer",
                "R33: records a carer (or anyone else the person names) with the person's consent: who they are, the username they sign in with (HELPER role) and what the person consents they may see. "
                + "The person records it, or their Key Worker (or an administrator) records the consent the person gave. The carer may then sign in, ask for a review, be invited to one (`inviteToReview` with `carerId`) and see what was consented to.")
            .Input("The person, the carer and what the person consents to.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("personId").Description("The person who consents (`Person.id`). A person you may not see is reported as `PersonNotFoundError`.");
                input.Field<NonNullGraphType<StringGraphType>>("fullName").Description("The carer's full name. Required, at most 200 characters.");
                input.Field<NonNullGraphType<StringGraphType>>("relationship").Description("Who they are to the person, in the person's words, e.g. \"sister\". Required, at most 100 characters.");
                input.Field<NonNullGraphType<StringGraphType>>("username").Description("The subject the carer signs in as (their token's `sub`, with the HELPER role). Required, at most 64 characters; recorded once per person while consent is in force.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarerConsentType>>>>("consents").Description("What the person consents the carer may see. Must include PLAN.");
            })
            .Payload("The carer recorded.", CarerFields)
            .Errors([typeof(PersonNotFoundError), typeof(ActorNotPermittedError), typeof(PlanConsentRequiredError), typeof(CarerAlreadyRecordedError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RecordCarerInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPersonRecordAsync<Person, CarerChange>(
                (scope, token) => scope.PeopleAsync(token),
                person => person.Id == input.PersonId,
                new PersonNotFoundError(input.PersonId),
                PersonPermission.ManageCarers,
                async (change, person, _, token) =>
                {
                    var carers = await change.CarersOfAsync(person.Id, token).ConfigureAwait(false);
                    return Carer.Record(person, input.FullName, input.Relationship, input.Username, input.Consents, carers, change.Actor, change.Now).Map(carer =>
                    {
                        change.Add(carer);
                        return new CarerChange(carer, person);
                    });
                },
                cancellationToken));

    private static void AddWithdrawCarerConsent(ObjectGraphType mutation) =>
        mutation.Mutation<CarerChange>(
                "withdrawCarerConsent",
                "R33: the person withdraws their consent for a carer (or their Key Worker, or an administrator, records that they did). It ends at once: the carer's sign-in is refused (401) unless another person's consent for them is in force, "
                + "and they see nothing more of this person, on any path or subscription. It cannot be undone; record the carer again if the person consents again.")
            .Input("The carer.", input =>
                input.Field<NonNullGraphType<IdGraphType>>("carerId").Description("The carer (`Carer.id`, from `Person.carers`). A carer you may not see is reported as `CarerNotFoundError`."))
            .Payload("The carer, with the consent withdrawn.", CarerFields)
            .Errors([typeof(CarerNotFoundError), typeof(ActorNotPermittedError), typeof(CarerConsentWithdrawnError), typeof(EditConflictError)])
            .Resolve<WithdrawCarerConsentInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPersonRecordAsync<Carer, CarerChange>(
                (scope, token) => scope.CarersAsync(token),
                carer => carer.Id == input.CarerId,
                new CarerNotFoundError(input.CarerId),
                PersonPermission.ManageCarers,
                (change, person, carer, _) => Task.FromResult(carer.WithdrawConsent(person, change.Actor, change.Now).Map(() => new CarerChange(carer, person))),
                cancellationToken));

    private static void CarerFields(ObjectGraphType<MutationPayload<CarerChange>> payload)
    {
        payload.Field<CarerType>("carer").Description("The carer. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Carer);
        payload.Field<PersonType>("person").Description("The person they care for. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Person);
    }
}
