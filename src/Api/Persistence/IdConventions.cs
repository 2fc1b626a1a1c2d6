using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Risks;
using CarePlanGraph.Domain.Safeguarding;
using CarePlanGraph.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>One line per entity whose ID is stored: the converter turns <c>Id&lt;T&gt;</c> into a GUID column.</summary>
internal static class IdConventions
{
    public static void Register(ModelConfigurationBuilder builder)
    {
        Add<Person>(builder);
        Add<StaffMember>(builder);
        Add<Carer>(builder);
        Add<Organisation>(builder);
        Add<Assessment>(builder);
        Add<EligibleNeed>(builder);
        Add<DesiredOutcome>(builder);
        Add<IdentifiedRisk>(builder);
        Add<CarePlan>(builder);
        Add<PlanVersion>(builder);
        Add<SupportItem>(builder);
        Add<PlanEvent>(builder);
        Add<PlanHelper>(builder);
        Add<RiskMitigation>(builder);
        Add<PlanDecision>(builder);
        Add<AuditEntry>(builder);
        Add<Review>(builder);
        Add<ReviewRequest>(builder);
        Add<ReviewInvitee>(builder);
        Add<ReviewOutcome>(builder);
        Add<ReviewDisagreement>(builder);
        Add<SafetyConcern>(builder);
        Add<Complaint>(builder);
        Add<ResolutionMeetingRequest>(builder);
        Add<CheckIn>(builder);
        Add<Integration>(builder);
        Add<WebhookEndpoint>(builder);
    }

    private static void Add<TEntity>(ModelConfigurationBuilder builder) =>
        builder.Properties<Id<TEntity>>().HaveConversion<IdConverter<TEntity>>();
}
