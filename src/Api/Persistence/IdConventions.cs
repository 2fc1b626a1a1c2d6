using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>One line per entity whose ID is stored: the converter turns <c>Id&lt;T&gt;</c> into a GUID column.</summary>
internal static class IdConventions
{
    public static void Register(ModelConfigurationBuilder builder)
    {
        Add<Person>(builder);
        Add<StaffMember>(builder);
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
    }

    private static void Add<TEntity>(ModelConfigurationBuilder builder) =>
        builder.Properties<Id<TEntity>>().HaveConversion<IdConverter<TEntity>>();
}
