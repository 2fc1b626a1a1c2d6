using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

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
                ReviewMutationFields.PlanId(input);
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewGroundType>>>>("grounds").Description("Why a review is needed: at least one.");
                input.Field<NonNullGraphType<StringGraphType>>("details").Description("What has changed, in your words. Required, at most 4,000 characters.");
            })
            .Payload("The request made.", payload =>
            {
                payload.Field<ReviewRequestType>("reviewRequest").Description("The request, PENDING. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Request);
                payload.Field<Plans.CarePlanType>("plan").Description("The plan; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
            })
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(NoReviewGroundsError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve((context, input) => ReviewMutationFields.OnPlanAsync(context, input, PlanPermission.RequestReview, (command, _) =>
            {
                var grounds = Grounds(context);
                var result = ReviewRequest.Create(command.Plan, grounds, input.Text("details") ?? string.Empty, command.Actor, command.Now);
                return Task.FromResult(ReviewMutationFields.Then(result, request =>
                {
                    command.Add(request);
                    return new ReviewChange(command.Plan) { Request = request };
                }));
            }));

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
            .Resolve(async (context, input) =>
            {
                var requestId = new Id<ReviewRequest>(input.Id("reviewRequestId", "ReviewRequest"));
                var requests = await context.RequestServices!.GetRequiredService<CaseworkScope>().ReviewRequestsAsync(context.CancellationToken).ConfigureAwait(false);
                return await ReviewMutationFields.Runner(context).OnRecordAsync(
                    requests.Where(r => r.Id == requestId),
                    r => r.PlanId,
                    new ReviewRequestNotFoundError(requestId),
                    PlanPermission.DecideReviewRequest,
                    async (command, request, cancellationToken) =>
                    {
                        if (!input.Value<bool>("accept"))
                        {
                            var declined = request.Decline(command.Plan, input.Text("reasons") ?? string.Empty, command.Actor, command.Now);
                            return ReviewMutationFields.Then(declined, () => new ReviewChange(command.Plan) { Request = request });
                        }

                        var open = await command.OpenReviewAsync(cancellationToken).ConfigureAwait(false);
                        var accepted = request.Accept(command.Plan, open, input.Optional<DateOnly>("reviewOn"), command.Actor, command.Now);
                        return ReviewMutationFields.Then(accepted, review =>
                        {
                            if (open is null)
                            {
                                command.Add(review);
                            }

                            return new ReviewChange(command.Plan) { Request = request, Review = review };
                        });
                    },
                    context.CancellationToken).ConfigureAwait(false);
            });

    private static void AddStartReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "startReview",
                "The Key Worker (or an administrator) starts the plan's planned review that is due (R20): the first (6 to 12 weeks after support is in place), the Direct Payment review (within 6 months) or the annual one; "
                + "`CarePlan.nextReviewKind` says which. The plan must be ACTIVE; it becomes UNDER_REVIEW.")
            .Input("The plan and the day of the review.", input =>
            {
                ReviewMutationFields.PlanId(input);
                input.Field<DateType>("reviewOn").Description("The day of the review meeting, today or later. Left out, today. The person may invite people until then.");
            })
            .Payload("The review started.", payload => ReviewMutationFields.PlanAndReview(payload, "The review, IN_PROGRESS."))
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(ReviewDateInPastError), typeof(EditConflictError)])
            .Resolve((context, input) => ReviewMutationFields.OnPlanAsync(context, input, PlanPermission.ConductReview, (command, _) =>
            {
                var result = Review.Start(command.Plan, input.Optional<DateOnly>("reviewOn") ?? command.Today, command.Actor, command.Now);
                return Task.FromResult(ReviewMutationFields.Then(result, review =>
                {
                    command.Add(review);
                    return new ReviewChange(command.Plan) { Review = review };
                }));
            }));

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
            })
            .Payload("The invitation made.", payload =>
            {
                ReviewMutationFields.PlanAndReview(payload, "The review with its invitees.");
                payload.Field<ReviewInviteeType>("invitee").Description("Who was invited. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Invitee);
            })
            .Errors(
            [
                typeof(ReviewNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidReviewStateError), typeof(InvitationAfterReviewDateError),
                typeof(OrganisationNotFoundError), .. PlanErrorTypes.Text, typeof(EditConflictError),
            ])
            .Resolve((context, input) => ReviewMutationFields.OnReviewAsync(context, input, PlanPermission.InviteToReview, async (command, review, cancellationToken) =>
            {
                var organisationId = input.OptionalId("organisationId", "Organisation") is { } raw ? new Id<Organisation>(raw) : (Id<Organisation>?)null;
                if (organisationId is { } id && await command.OrganisationAsync(id, cancellationToken).ConfigureAwait(false) is null)
                {
                    return Result<ReviewChange>.Fail(new OrganisationNotFoundError(id));
                }

                var result = review.Invite(command.Plan, input.Value<InviteeKind>("kind"), input.Text("name") ?? string.Empty, organisationId, command.Actor, command.Now);
                return ReviewMutationFields.Then(result, invitee => new ReviewChange(command.Plan) { Review = review, Invitee = invitee });
            }));

    private static void AddCompleteReview(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewChange>(
                "completeReview",
                "The Key Worker (or an administrator) records the review's outcome (R22): how far every outcome in the assessment is fully, partly or not met, a summary, the changes agreed and when they start. "
                + "The review then waits for both signatures (`signReview`). Refused while the person needs an independent advocate and none is assigned. After a disagreement, record it again: earlier signatures are cleared.")
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
                typeof(ReviewNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidReviewStateError), typeof(ReviewNeedsAdvocateError),
                typeof(UnknownOutcomeError), typeof(OutcomeRatedTwiceError), typeof(OutcomeNotRatedError), .. PlanErrorTypes.Text,
                typeof(ChangesStartDateRequiredError), typeof(ChangesStartInPastError), typeof(EditConflictError),
            ])
            .Resolve((context, input) => ReviewMutationFields.OnReviewAsync(context, input, PlanPermission.ConductReview, async (command, review, cancellationToken) =>
            {
                var assessment = await command.AssessmentAsync(cancellationToken).ConfigureAwait(false);
                var findings = new ReviewFindings(Ratings(context), input.Text("summary") ?? string.Empty, input.Strings("changes"), input.Optional<DateOnly>("changesStartOn"));
                var result = review.Complete(command.Plan, assessment, findings, command.Actor, command.Now);
                return ReviewMutationFields.Then(result, () => new ReviewChange(command.Plan) { Review = review });
            }));

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
            .Resolve((context, input) => ReviewMutationFields.OnReviewAsync(context, input, PlanPermission.SignReview, (command, review, _) =>
            {
                // An advocate signs only for the person their organisation is assigned to (R22); another advocate may not.
                if (command.Caller.Role == ActorRole.Advocate && command.Plan.Advocacy?.AdvocateOrganisationId is { } assigned && assigned != command.Caller.OrganisationId)
                {
                    throw new ExecutionError("Only the independent advocate assigned to this person may sign or disagree on their behalf.") { Code = "AUTH_FORBIDDEN" };
                }

                var result = input.Has("disagreement") && input.Text("disagreement") is not null
                    ? review.RecordDisagreement(command.Plan, input.Text("disagreement")!, command.Actor, command.Now)
                    : review.Sign(command.Plan, command.Actor, command.Now);
                return Task.FromResult(ReviewMutationFields.Then(result, () => new ReviewChange(command.Plan) { Review = review }));
            }));

    private static ReviewGround[] Grounds(IResolveFieldContext context) =>
        (Input(context).TryGetValue("grounds", out var value) && value is System.Collections.IEnumerable items ? items.Cast<object>() : [])
            .Select(item => item is ReviewGround ground ? ground : Enum.Parse<ReviewGround>(item.ToString()!, ignoreCase: true))
            .ToArray();

    private static OutcomeRating[] Ratings(IResolveFieldContext context) =>
        (Input(context).TryGetValue("outcomes", out var value) && value is System.Collections.IEnumerable items ? items.Cast<object>() : [])
            .OfType<IDictionary<string, object?>>()
            .Select((values, index) => new MutationInput(values, $"input.outcomes[{index}]"))
            .Select(rating => new OutcomeRating(
                new Id<DesiredOutcome>(rating.Id("outcomeId", "DesiredOutcome")),
                rating.Value<OutcomeAttainment>("attainment"),
                rating.Text("note")))
            .ToArray();

    private static Dictionary<string, object?> Input(IResolveFieldContext context) => context.GetArgument<Dictionary<string, object?>>("input");
}
