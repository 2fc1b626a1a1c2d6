using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Starting a plan and answering its seven questions (R01, R05, R06).</summary>
public static class PlanDraftingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanChange>(
                "startPlan",
                "Starts a care and support plan against an assessment you may see (R01), its newest version (R31), with the indicative personal budget allocated from it (R02) and an empty first draft. "
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
            .Errors(typeof(AssessmentNotFoundError), typeof(AssessmentSupersededError), typeof(PlanAlreadyStartedError))
            .Resolve<StartPlanInput, ChangeRunner>((runner, input, cancellationToken) => runner.StartAsync<PlanChange>(
                PlanPermission.Edit,
                async (scope, change, token) =>
                {
                    var assessments = await scope.AssessmentsAsync(token).ConfigureAwait(false);
                    var assessment = await assessments
                        .AsNoTracking()
                        .WithParts()
                        .FirstOrDefaultAsync(a => a.Id == input.AssessmentId, token)
                        .ConfigureAwait(false);
                    if (assessment is null)
                    {
                        return Result<PlanChange>.Fail(new AssessmentNotFoundError(input.AssessmentId));
                    }

                    // R31: a plan is written against the newest version of the assessment.
                    if (assessment.SupersededById is { } newer)
                    {
                        return Result<PlanChange>.Fail(new AssessmentSupersededError(assessment.Id, newer));
                    }

                    var plans = await scope.PlansAsync(token).ConfigureAwait(false);
                    var existing = await plans
                        .AsNoTracking()
                        .Where(p => p.AssessmentId == input.AssessmentId && p.Status != PlanStatus.Ended)
                        .OrderBy(p => p.CreatedAt)
                        .FirstOrDefaultAsync(token)
                        .ConfigureAwait(false);
                    if (existing is not null)
                    {
                        return Result<PlanChange>.Fail(new PlanAlreadyStartedError(existing));
                    }

                    var plan = CarePlan.Start(assessment, input.PreparedBy, change.Actor, change.Now);
                    return Result<PlanChange>.Ok(new PlanChange(plan) { Version = plan.CurrentVersion });
                },
                started => started.Plan,
                cancellationToken));

        mutation.Mutation<PlanChange>(
                "updatePlanAnswers",
                "Answers some or all of the seven questions on the plan's current version (R05), and optionally says who prepared it (R06). Only a DRAFT or CHANGES_REQUIRED version can be edited. "
                + "Changing the content withdraws any R13 confirmations, which covered the content as it was.")
            .Input("The answers to change.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<PlanAnswersInputType>>("answers").Description("The answers to change; fields left out keep their answers.");
                input.Field<PlanPreparedByType>("preparedBy").Description("Who prepared the version (R06); left out, it stays as it is.");
            })
            .Payload("The plan with its answers changed.", payload => PlanMutationFields.PlanAndVersion(payload, "The version answered."))
            .Errors([.. PlanErrorTypes.Editing, typeof(TextTooLongError)])
            .Resolve<UpdatePlanAnswersInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                var answers = input.Answers.ApplyTo(plan.CurrentVersion.Answers);
                return plan.UpdateAnswers(answers, input.PreparedBy, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(() => new PlanChange(plan) { Version = plan.CurrentVersion });
            }, cancellationToken));
    }
}
