using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Adding, changing and removing support items (R03, R04, R10), and the council's R14 necessity decision.</summary>
public static class SupportItemMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanChange>(
                "addSupportItem",
                "Adds a support item to the plan's current version (R04, R10, R14). The item is checked against the limits (no negative or absurd costs or quantities) and the plan's assessment "
                + "(needs and outcomes must be its own); every problem is reported at once. Affordability (R09) is not checked here: see `PlanVersion.agreementChecks`.")
            .Input("The item to add.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<SupportItemInputType>>("item").Description("The support item.");
            })
            .Payload("The plan with the item added.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the item was added to.");
                payload.Field<SupportItemType>("supportItem").Description("The new support item.").Resolve(c => c.Source.Value?.SupportItem);
            })
            .Errors([.. PlanErrorTypes.Editing, .. PlanErrorTypes.SupportItemDetails])
            .Resolve<AddSupportItemInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, async (change, token) =>
            {
                var assessment = await change.AssessmentAsync(token).ConfigureAwait(false);
                var (details, refusals) = await WithProviderAsync(change, input.Item, SupportItemFields.Read(input.Item, null), assessment, token).ConfigureAwait(false);
                if (refusals.Count > 0)
                {
                    return Result<PlanChange>.Fail(refusals);
                }

                var plan = change.Plan;
                return plan.AddSupportItem(assessment, details, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(added => new PlanChange(plan) { Version = plan.CurrentVersion, SupportItem = added });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "updateSupportItem",
                "Changes a support item of the plan's current version. Only the fields sent change; the result is checked as a new item would be. "
                + "A change of who is paid, or how, withdraws any R14 necessity decision.")
            .Input("The item and the changes.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<IdGraphType>>("supportItemId").Description("The support item's global ID; it must be in the plan's current version.");
                input.Field<NonNullGraphType<SupportItemChangesInputType>>("changes").Description("The fields to change.");
            })
            .Payload("The plan with the item changed.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the item belongs to.");
                payload.Field<SupportItemType>("supportItem").Description("The support item as changed.").Resolve(c => c.Source.Value?.SupportItem);
            })
            .Errors([.. PlanErrorTypes.Editing, .. PlanErrorTypes.SupportItemDetails, typeof(SupportItemNotFoundError)])
            .Resolve<UpdateSupportItemInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, async (change, token) =>
            {
                if (change.ItemInAnotherVersion(input.SupportItemId) is { } elsewhere)
                {
                    return Result<PlanChange>.Fail(elsewhere);
                }

                var plan = change.Plan;
                var existing = plan.CurrentVersion.SupportItems.FirstOrDefault(i => i.Id == input.SupportItemId);
                var assessment = await change.AssessmentAsync(token).ConfigureAwait(false);
                var (details, refusals) = await WithProviderAsync(change, input.Changes, SupportItemFields.Read(input.Changes, existing?.ToDetails()), assessment, token).ConfigureAwait(false);
                if (refusals.Count > 0)
                {
                    return Result<PlanChange>.Fail(refusals);
                }

                return plan.UpdateSupportItem(assessment, input.SupportItemId, details, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(changed => new PlanChange(plan) { Version = plan.CurrentVersion, SupportItem = changed });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "removeSupportItem",
                "Removes a support item from the plan's current version.")
            .Input("The item to remove.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<IdGraphType>>("supportItemId").Description("The support item's global ID; it must be in the plan's current version.");
            })
            .Payload("The plan with the item removed.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the item was removed from.");
                payload.Field<IdGraphType>("removedSupportItemId").Description("The ID of the item removed.").Resolve(c => c.Source.Value?.RemovedId);
            })
            .Errors([.. PlanErrorTypes.Editing, typeof(SupportItemNotFoundError)])
            .Resolve<RemoveSupportItemInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, change =>
            {
                if (change.ItemInAnotherVersion(input.SupportItemId) is { } elsewhere)
                {
                    return Result<PlanChange>.Fail(elsewhere);
                }

                var plan = change.Plan;
                return plan.RemoveSupportItem(input.SupportItemId, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(() => new PlanChange(plan) { Version = plan.CurrentVersion, RemovedId = NodeId.Encode("SupportItem", input.SupportItemId.Value) });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "recordDirectPaymentNecessity",
                "R14: the assessing officer (a Key Worker or administrator) records that paying a spouse or partner, or a close relative living with the person, by Direct Payment is necessary. "
                + "Allowed while the current version is a draft, sent back for changes, or submitted.")
            .Input("The item and why paying the relative is necessary.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<IdGraphType>>("supportItemId").Description("The Direct Payment item that pays a relative.");
                input.Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the council is satisfied it is necessary. Required, at most 2,000 characters.");
            })
            .Payload("The plan with the decision recorded.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the item belongs to.");
                payload.Field<SupportItemType>("supportItem").Description("The item, with the necessity recorded.").Resolve(c => c.Source.Value?.SupportItem);
            })
            .Errors([.. PlanErrorTypes.Editing, .. PlanErrorTypes.Text, typeof(ActorNotPermittedError), typeof(SupportItemNotFoundError), typeof(DirectPaymentNecessityNotApplicableError)])
            .Resolve<RecordDirectPaymentNecessityInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Decide, input.ExpectedRevision, change =>
            {
                if (change.ItemInAnotherVersion(input.SupportItemId) is { } elsewhere)
                {
                    return Result<PlanChange>.Fail(elsewhere);
                }

                var plan = change.Plan;
                return plan.RecordDirectPaymentNecessity(input.SupportItemId, input.Reason, change.Actor, change.Now, change.ExpectedRevision).Map(() => new PlanChange(plan)
                {
                    Version = plan.CurrentVersion,
                    SupportItem = plan.CurrentVersion.SupportItems.First(i => i.Id == input.SupportItemId),
                });
            }, cancellationToken));
    }

    /// <summary>
    /// Checks a provider the input names (it must be a service provider the council knows) and, when no
    /// <c>providerName</c> is given, names the item after it. An unknown provider is reported with every other
    /// problem the details have, so the caller can fix them all at once.
    /// </summary>
    private static async Task<(SupportItemDetails Details, IReadOnlyList<DomainError> Refusals)> WithProviderAsync(
        ChangeContext change,
        SupportItemChange item,
        SupportItemDetails details,
        Assessment assessment,
        CancellationToken cancellationToken)
    {
        if (!item.ProviderId.IsSet || details.ProviderId is not { } providerId)
        {
            return (details, []);
        }

        var provider = await change.OrganisationAsync(providerId, cancellationToken).ConfigureAwait(false);
        if (provider is not { Kind: OrganisationKind.ServiceProvider })
        {
            return change.NotEditable() is { } notEditable
                ? (details, [notEditable])
                : (details, [new UnknownProviderError(providerId), .. details.Validate(assessment)]);
        }

        return item.ProviderName.IsSet ? (details, []) : (details with { ProviderName = provider.Name }, []);
    }
}
