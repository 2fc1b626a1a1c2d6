using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments.Mutations;

/// <summary>Recording and reviewing assessments (R31): by the person's Key Worker / assessing officer or an administrator.</summary>
public static class AssessmentMutations
{
    private static readonly Type[] ContentErrors =
    [
        typeof(ActorNotPermittedError), typeof(NoEligibleNeedsError), typeof(AssessmentAmountOutOfRangeError),
        typeof(TooManyAssessmentPartsError), typeof(UnknownAssessmentPartError), .. PlanErrorTypes.Text,
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        AddRecordAssessment(mutation);
        AddReviseAssessment(mutation);
    }

    private static void AddRecordAssessment(ObjectGraphType mutation) =>
        mutation.Mutation<AssessmentChange>(
                "recordAssessment",
                "Records a new needs assessment for a person (R01, R31): their eligible needs, the outcomes they want, the risks identified, their assessed contribution and the indicative personal budget (R02). "
                + "Only the person's Key Worker / assessing officer or an administrator; every problem with the content is reported at once. Then `startPlan` with the assessment's `id`.")
            .Input("The person and what the assessment found.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("personId").Description("The person's global ID (`Person.id`).");
                ContentFields(input, revising: false);
            })
            .Payload("The assessment recorded.", AssessmentField)
            .Errors([typeof(PersonNotFoundError), .. ContentErrors])
            .Resolve<RecordAssessmentInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPersonRecordAsync<Person, AssessmentChange>(
                async (scope, token) => await scope.PeopleAsync(token).ConfigureAwait(false),
                p => p.Id == input.PersonId,
                new PersonNotFoundError(input.PersonId),
                PersonPermission.Assess,
                (change, person, _, _) => Task.FromResult(Assessment.Record(person.Id, input.ToDetails(), change.Actor, change.Today).Map(assessment =>
                {
                    change.Add(assessment);
                    return new AssessmentChange(assessment);
                })),
                cancellationToken));

    private static void AddReviseAssessment(ObjectGraphType mutation) =>
        mutation.Mutation<AssessmentChange>(
                "reviseAssessment",
                "Reviews an assessment (R31; after a plan was unclear, R17): makes a new version (number + 1, completed today, linked by `previousVersion`) with the full content given, and supersedes the one given. "
                + "Give the `id` of each need, outcome and risk to keep (it keeps its ID, so support items and risk mitigations that name it stay valid); leave it out for new ones; those left out are dropped. "
                + "The person's plan written against it moves to the new version: its indicative budget and contribution change and its agreement checks run against it. "
                + "A draft, declined or submitted plan is then submitted or decided against the new version; an agreed plan stays in force and the new assessment applies to its next revision.")
            .Input("The assessment to review and its full new content.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("The newest version of the assessment (`Person.currentAssessment.id`).");
                ContentFields(input, revising: true);
            })
            .Payload("The new version of the assessment, and the plans that follow it.", payload =>
            {
                AssessmentField(payload);
                payload.Field<ListGraphType<NonNullGraphType<CarePlanType>>>("plans").Description("The person's plans that moved to the new version (not ENDED ones); null when refused.").Resolve(c => c.Source.Value?.Plans);
            })
            .Errors([typeof(AssessmentNotFoundError), typeof(AssessmentSupersededError), .. ContentErrors, typeof(EditConflictError)])
            .Resolve<ReviseAssessmentInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPersonRecordAsync<Assessment, AssessmentChange>(
                async (scope, token) => (await scope.AssessmentsAsync(token).ConfigureAwait(false)).WithParts(),
                a => a.Id == input.AssessmentId,
                new AssessmentNotFoundError(input.AssessmentId),
                PersonPermission.Assess,
                async (change, _, previous, token) =>
                {
                    var revised = previous.Revise(input.ToDetails(), change.Actor, change.Today);
                    if (!revised.Succeeded)
                    {
                        return Result<AssessmentChange>.Fail(revised.Errors);
                    }

                    change.Add(revised.Value!);
                    var plans = await change.PlansOnAssessmentAsync(previous.Id, token).ConfigureAwait(false);
                    var errors = plans.SelectMany(p => p.FollowRevisedAssessment(revised.Value!, change.Actor, change.Now).Errors).ToArray();
                    return errors.Length > 0
                        ? Result<AssessmentChange>.Fail(errors)
                        : Result<AssessmentChange>.Ok(new AssessmentChange(revised.Value!) { Plans = plans });
                },
                cancellationToken));

    private static void ContentFields(InputObjectGraphType input, bool revising)
    {
        var whole = revising ? " The full new list: entries left out are dropped." : string.Empty;
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibleNeedInputType>>>>("needs").Description($"The eligible needs: at least one, at most 50.{whole}");
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesiredOutcomeInputType>>>>("outcomes").Description($"The outcomes the person wants; at most 50.{whole}");
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifiedRiskInputType>>>>("risks").Description($"The risks identified; at most 50; may be empty.{whole}");
        input.Field<NonNullGraphType<LongGraphType>>("assessedContributionPence").Description("What the financial assessment says the person pays towards their support a year, in whole pence; 0 or more, at most 500000000 (£5,000,000.00).");
        input.Field<NonNullGraphType<LongGraphType>>("indicativeBudgetPence").Description("The indicative personal budget a year (R02), in whole pence; 0 or more, at most 500000000 (£5,000,000.00). A plan is affordable when it costs no more (R09).");
    }

    private static void AssessmentField(ObjectGraphType<MutationPayload<AssessmentChange>> payload) =>
        payload.Field<AssessmentType>("assessment").Description("The assessment recorded (for a review, the new version); null when refused.").Resolve(c => c.Source.Value?.Assessment);
}

public sealed record RecordAssessmentInput(
    Id<Person> PersonId,
    IReadOnlyList<NeedDetails> Needs,
    IReadOnlyList<OutcomeDetails> Outcomes,
    IReadOnlyList<RiskDetails> Risks,
    long AssessedContributionPence,
    long IndicativeBudgetPence)
{
    public AssessmentDetails ToDetails() => new(Needs, Outcomes, Risks, new Money(AssessedContributionPence), new Money(IndicativeBudgetPence));
}

public sealed record ReviseAssessmentInput(
    Id<Assessment> AssessmentId,
    IReadOnlyList<NeedDetails> Needs,
    IReadOnlyList<OutcomeDetails> Outcomes,
    IReadOnlyList<RiskDetails> Risks,
    long AssessedContributionPence,
    long IndicativeBudgetPence)
{
    public AssessmentDetails ToDetails() => new(Needs, Outcomes, Risks, new Money(AssessedContributionPence), new Money(IndicativeBudgetPence));
}
