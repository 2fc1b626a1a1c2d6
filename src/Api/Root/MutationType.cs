using CarePlanGraph.Api.Advocacy;
using CarePlanGraph.Api.Assessments.Mutations;
using CarePlanGraph.Api.Carers.Mutations;
using CarePlanGraph.Api.CheckIns;
using CarePlanGraph.Api.Complaints.Mutations;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Plans.Mutations;
using CarePlanGraph.Api.Reviews.Mutations;
using CarePlanGraph.Api.Risks;
using CarePlanGraph.Api.Safeguarding;
using GraphQL.Types;

namespace CarePlanGraph.Api.Root;

/// <summary>
/// Everything a caller may change. Each mutation takes one <c>input</c> and returns a payload with the changed
/// objects and <c>errors</c> (Hot Chocolate's conventions); features declare their own mutations, naming their errors by
/// the domain's error records.
/// </summary>
public sealed class MutationType : ObjectGraphType, IErrorGraphTypeMapping
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Everything a caller may change. Each mutation takes one `input` and returns a payload with the changed objects and `errors`: "
            + "business refusals come back there as typed errors (each implements `Error`), all of them at once; authentication, permission and malformed-input problems are GraphQL errors.";
        PlanDraftingMutations.AddTo(this);
        SupportItemMutations.AddTo(this);
        PlanContributionMutations.AddTo(this);
        PlanDecisionMutations.AddTo(this);
        PlanLifecycleMutations.AddTo(this);
        ReviewMutations.AddTo(this);
        AdvocacyMutations.AddTo(this);
        RiskPanelMutations.AddTo(this);
        SafeguardingMutations.AddTo(this);
        ComplaintMutations.AddTo(this);
        AssessmentMutations.AddTo(this);
        CarerMutations.AddTo(this);
        CheckInMutations.AddTo(this);
        Integrations.Mutations.IntegrationMutations.AddTo(this);
        Webhooks.Mutations.WebhookMutations.AddTo(this);
    }

    public Type GraphTypeOf(Type errorType) => ErrorGraphTypes.Of(errorType);
}
