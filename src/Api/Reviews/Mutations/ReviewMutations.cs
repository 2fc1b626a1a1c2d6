using CarePlanGraph.Api.Carers;
using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Mutations;

/// <summary>Reviews (R20–R22): asking for one, the council's decision, starting, inviting, recording and signing.</summary>
public static class ReviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AddRequestReview(mutation);
        AddDecideReviewRequest(mutation);
        AddStartReview(mutation);
        AddInviteToReview(mutation);
        AddCompleteReview(mutation);
        AddSignReview(mutation);
    }

    private static void AddRequestReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "requestReview",
                "Asks for a review of a plan whose support is in place, at any time (R21): the person, a carer, their advocate, a provider or the council, on one or more grounds with details. "
                + "The Key Worker accepts or declines it with `decideReviewRequest`. Support planners do not ask for reviews; only council staff may give `COUNCIL_REQUEST`.")
            .Input("The plan, the grounds and what has changed.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewGroundType>>>>("grounds").Description("Why a review is needed: at least one.");
                input.Field<NonNullGraphType<StringGraphType>>("details").Description("What has changed, in your words. Required, at most 4,000 characters.");
            })
            .Payload("The request made.", payload =>
            {
                payload.Field<ReviewRequestType>("reviewRequest").Description("The request, PENDING. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Request);
                payload.Field<Plans.CarePlanType>("plan").Description("The plan; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
            })
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(NoReviewGroundsError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RequestReviewInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RequestReview, null, change =>
                ReviewRequest.Create(change.Plan, input.Grounds, input.Details, change.Actor, change.Now).Map(request =>
                {
                    change.Add(request);
                    return new ReviewChange(change.Plan) { Request = request };
                }),
                cancellationToken));

    private static void AddDecideReviewRequest(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "decideReviewRequest",
                "The Key Worker (or an administrator) accepts or declines a review request (R21, R29). Accepting opens a review on `reviewOn` (today if left out) and the plan becomes UNDER_REVIEW; "
                + "if a review is already under way, the request joins it. Declining needs `reasons`, which the requester is told.")
            .Input("The request and the decision.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("reviewRequestId").Description("The request (`ReviewRequest.id`).");
                input.Field<NonNullGraphType<BooleanGraphType>>("accept").Description("True to accept, false to decline.");
                input.Field<StringGraphType>("reasons").Description("Why it is declined; required to decline, at most 4,000 characters. Ignored when accepting.");
                input.Field<DateType>("reviewOn").Description("When accepting with no review under way: the day of the review, today or later. Left out, today.");
            })
            .Payload("The request decided.", payload =>
            {
                payload.Field<ReviewRequestType>("reviewRequest").Description("The request, ACCEPTED or DECLINED. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Request);
                ReviewMutationFields.PlanAndReview(payload, "The review it led to or joined; null when declined.");
            })
            .Errors(
            [
                typeof(ReviewRequestNotFoundError), typeof(ActorNotPermittedError), typeof(ReviewRequestAlreadyDecidedError),
                typeof(InvalidTransitionError), typeof(ReviewDateInPastError), .. PlanErrorTypes.Text, typeof(EditConflictError),
            ])
            .Resolve<DecideReviewRequestInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnRecordAsync(
                (scope, token) => scope.ReviewRequestsAsync(token),
                r => r.Id == input.ReviewRequestId,
                new ReviewRequestNotFoundError(input.ReviewRequestId),
                PlanPermission.DecideReviewRequest,
                async (change, request, token) =>
                {
                    if (!input.Accept)
                    {
                        return request.Decline(change.Plan, input.Reasons ?? string.Empty, change.Actor, change.Now)
                            .Map(() => new ReviewChange(change.Plan) { Request = request });
                    }

                    var open = await change.OpenReviewAsync(token).ConfigureAwait(false);
                    return request.Accept(change.Plan, open, input.ReviewOn, change.Actor, change.Now).Map(review =>
                    {
                        if (open is null)
                        {
                            change.Add(review);
                        }

                        return new ReviewChange(change.Plan) { Request = request, Review = review };
                    });
                },
                cancellationToken));

    private static void AddStartReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "startReview",
                "The Key Worker (or an administrator) starts the plan's planned review that is due (R20): the first (6 to 12 weeks after support is in place), the Direct Payment review (within 6 months) or the annual one; "
                + "`CarePlan.nextReviewKind` says which. The plan must be ACTIVE; it becomes UNDER_REVIEW.")
            .Input("The plan and the day of the review.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<DateType>("reviewOn").Description("The day of the review meeting, today or later. Left out, today. The person may invite people until then.");
            })
            .Payload("The review started.", payload => ReviewMutationFields.PlanAndReview(payload, "The review, IN_PROGRESS."))
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(ReviewDateInPastError), typeof(EditConflictError)])
            .Resolve<StartReviewInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.ConductReview, null, change =>
                Review.Start(change.Plan, input.ReviewOn ?? change.Today, change.Actor, change.Now).Map(review =>
                {
                    change.Add(review);
                    return new ReviewChange(change.Plan) { Review = review };
                }),
                cancellationToken));

    private static void AddInviteToReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "inviteToReview",
                "The person (or someone acting for them, or the Key Worker recording it for them) invites someone to their review: a carer, a provider, a support network or another agency (R22). "
                + "Inviting tells the Key Worker, so it is refused once the review date has passed or the outcome is recorded.")
            .Input("The review and who is invited.", input =>
            {
                ReviewMutationFields.ReviewId(input);
                input.Field<NonNullGraphType<InviteeKindType>>("kind").Description("Who they are to the person.");
                input.Field<NonNullGraphType<StringGraphType>>("name").Description("Their name. Required, at most 200 characters.");
                input.Field<IdGraphType>("organisationId").Description("The organisation they come from, when the council knows it (`Organisation.id`), e.g. a provider.");
                input.Field<IdGraphType>("carerId").Description("R33: a carer the person recorded (`Carer.id`, from `Person.carers`); `kind` must then be CARER. The carer then sees this review when they sign in.");
            })
            .Payload("The invitation made.", payload =>
            {
                ReviewMutationFields.PlanAndReview(payload, "The review with its invitees.");
                payload.Field<ReviewInviteeType>("invitee").Description("Who was invited. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Invitee);
            })
            .Errors(
            [
                typeof(ReviewNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidReviewStateError), typeof(InvitationAfterReviewDateError),
                typeof(OrganisationNotFoundError), typeof(CarerNotFoundError), typeof(CarerInviteeKindError), typeof(CarerConsentWithdrawnError), .. PlanErrorTypes.Text, typeof(EditConflictError),
            ])
            .Resolve<InviteToReviewInput, ChangeRunner>((runner, input, cancellationToken) => ReviewMutationFields.OnReviewAsync(runner, input.ReviewId, PlanPermission.InviteToReview, async (change, review, token) =>
            {
                if (input.OrganisationId is { } id && await change.OrganisationAsync(id, token).ConfigureAwait(false) is null)
                {
                    return Result<ReviewChange>.Fail(new OrganisationNotFoundError(id));
                }

                Carer? carer = null;
                if (input.CarerId is { } carerId && (carer = await change.CarerOfPersonAsync(carerId, token).ConfigureAwait(false)) is null)
                {
                    return Result<ReviewChange>.Fail(new CarerNotFoundError(carerId));
                }

                return review.Invite(change.Plan, input.Kind, input.Name, input.OrganisationId, change.Actor, change.Now, carer)
                    .Map(invitee => new ReviewChange(change.Plan) { Review = review, Invitee = invitee });
            }, cancellationToken));

    private static void AddCompleteReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "completeReview",
                "The Key Worker (or an administrator) records the review's outcome (R22): how far every outcome in the assessment is fully, partly or not met, a summary, the changes agreed and when they start. "
                + "The review then waits for both signatures (`signReview`). Refused before the day of the review (`reviewOn`), and while the person needs an independent advocate and none is assigned. After a disagreement, record it again: earlier signatures are cleared.")
            .Input("The review's findings.", input =>
            {
                ReviewMutationFields.ReviewId(input);
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeRatingInputType>>>>("outcomes").Description("A rating for every outcome in the plan's assessment, each once.");
                input.Field<NonNullGraphType<StringGraphType>>("summary").Description("How things are going, in words the person can read. Required, at most 4,000 characters.");
                input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("changes").Description("The changes agreed, one per entry (at most 50, each at most 1,000 characters); leave out or empty when none are needed. Changes open a revision of the plan once both sign.");
                input.Field<DateType>("changesStartOn").Description("When the changes start, today or later; required when there are changes.");
            })
            .Payload("The review with its outcome recorded.", payload => ReviewMutationFields.PlanAndReview(payload, "The review, AWAITING_SIGNATURES."))
            .Errors(
            [
                typeof(ReviewNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidReviewStateError), typeof(ReviewNotYetHeldError), typeof(ReviewNeedsAdvocateError),
                typeof(UnknownOutcomeError), typeof(OutcomeRatedTwiceError), typeof(OutcomeNotRatedError), .. PlanErrorTypes.Text,
                typeof(ChangesStartDateRequiredError), typeof(ChangesStartInPastError), typeof(EditConflictError),
            ])
            .Resolve<CompleteReviewInput, ChangeRunner>((runner, input, cancellationToken) => ReviewMutationFields.OnReviewAsync(runner, input.ReviewId, PlanPermission.ConductReview, async (change, review, token) =>
            {
                var assessment = await change.AssessmentAsync(token).ConfigureAwait(false);
                var findings = new ReviewFindings(input.Outcomes, input.Summary, input.Changes, input.ChangesStartOn);
                return review.Complete(change.Plan, assessment, findings, change.Actor, change.Now).Map(() => new ReviewChange(change.Plan) { Review = review });
            }, cancellationToken));

    private static void AddSignReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "signReview",
                "Signs a review's recorded outcome (R22): the person, or their assigned independent advocate on their behalf, and the Key Worker (or an administrator) each sign once. "
                + "When both have signed the review is COMPLETED: the plan is ACTIVE again, its next review is scheduled, and agreed changes open a revision of the plan (R18). "
                + "Instead of signing, the person (or their advocate) may give `disagreement`: it stays on the review, the review is DISPUTED, and the Key Worker is prompted to contact them.")
            .Input("The review, and a disagreement instead of a signature if the person disagrees.", input =>
            {
                ReviewMutationFields.ReviewId(input);
                input.Field<StringGraphType>("disagreement").Description("The person's reasons for disagreeing with the outcome, instead of signing. At most 4,000 characters. Leave out to sign.");
            })
            .Payload("The review signed, or disputed.", payload => ReviewMutationFields.PlanAndReview(payload, "The review: AWAITING_SIGNATURES, COMPLETED or DISPUTED."))
            .Errors([typeof(ReviewNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidReviewStateError), typeof(ReviewAlreadySignedError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<SignReviewInput, ChangeRunner>((runner, input, cancellationToken) => ReviewMutationFields.OnReviewAsync(runner, input.ReviewId, PlanPermission.SignReview, (change, review, _) =>
            {
                // An advocate signs only for the person their organisation is assigned to (R22); another advocate may not.
                if (change.Caller.Role == ActorRole.Advocate && change.Plan.Advocacy?.AdvocateOrganisationId is { } assigned && assigned != change.Caller.OrganisationId)
                {
                    throw new ExecutionError("Only the independent advocate assigned to this person may sign or disagree on their behalf.") { Code = "AUTH_FORBIDDEN" };
                }

                var result = input.Disagreement is { } disagreement
                    ? review.RecordDisagreement(change.Plan, disagreement, change.Actor, change.Now)
                    : review.Sign(change.Plan, change.Actor, change.Now);
                return Task.FromResult(result.Map(() => new ReviewChange(change.Plan) { Review = review }));
            }, cancellationToken));
}
