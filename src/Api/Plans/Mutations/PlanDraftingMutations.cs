using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Starting a plan and answering its seven questions (R01, R05, R06).</summary>
public static class PlanDraftingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanChange>(
                "startPlan",
                "Starts a care and support plan against an assessment you may see (R01), with the indicative personal budget allocated from it (R02) and an empty first draft. "
                + "You are recorded as its author. Find assessments with `Person.assessments`.")
            .Input("What the plan is written against, and who is preparing it.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("The assessment's global ID (`Assessment.id`).");
                input.Field<NonNullGraphType<PlanPreparedByType>>("preparedBy").Description("Who is preparing the first version (R06); it decides which confirmations agreement needs (R13).");
            })
            .Payload("The plan started.", payload =>
            {
                payload.Field<CarePlanType>("plan").Description("The new plan, in DRAFT; null when refused.").Resolve(c => c.Source.Value?.Plan);
            })
            .Errors(typeof(AssessmentNotFoundError), typeof(PlanAlreadyStartedError))
            .Resolve((context, input) => context.RequestServices!.GetRequiredService<PlanCommandRunner>().StartAsync(
                new Id<Assessment>(input.Id("assessmentId", "Assessment")),
                input.Value<PlanPreparer>("preparedBy"),
                context.CancellationToken));

        mutation.Mutation<PlanChange>(
                "updatePlanAnswers",
                "Answers some or all of the seven questions on the plan's current version (R05), and optionally says who prepared it (R06). Only a DRAFT or CHANGES_REQUIRED version can be edited. "
                + "Changing the content withdraws any R13 confirmations, which covered the content as it was.")
            .Input("The answers to change.", input =>
            {
                PlanMutationFields.PlanTarget(input);
                input.Field<NonNullGraphType<PlanAnswersInputType>>("answers").Description("The answers to change; fields left out keep their answers.");
                input.Field<PlanPreparedByType>("preparedBy").Description("Who prepared the version (R06); left out, it stays as it is.");
            })
            .Payload("The plan with its answers changed.", payload => PlanMutationFields.PlanAndVersion(payload, "The version answered."))
            .Errors([.. PlanErrorTypes.Editing, typeof(TextTooLongError)])
            .Resolve((context, input) => PlanMutationFields.RunAsync(context, input, PlanPermission.Edit, command =>
            {
                var plan = command.Plan;
                var answers = PlanAnswersInputType.Apply(plan.CurrentVersion.Answers, input.Nested("answers")!);
                var result = plan.UpdateAnswers(answers, input.Optional<PlanPreparer>("preparedBy"), command.Actor, command.Now, command.ExpectedRevision);
                return PlanCommand.Then(result, () => new PlanChange(plan) { Version = plan.CurrentVersion });
            }));
    }
}
