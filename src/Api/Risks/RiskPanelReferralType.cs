using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Risks;

public sealed class RiskPanelReferralType : ObjectGraphType<RiskPanelReferral>
{
    public RiskPanelReferralType()
    {
        Name = "RiskPanelReferral";
        Description = "The plan's latest referral to the Risk Management Panel (R23), by the person or the council; pending until the panel records its decision (`CarePlan.riskPanelDecision`).";
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the panel is asked to consider the plan.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The version of the plan referred.").Resolve(c => c.Source.VersionNumber);
        Field<NonNullGraphType<StringGraphType>>("referredByName").Description("Who referred it.").Resolve(c => c.Source.ReferredByName);
        Field<NonNullGraphType<ActorRoleType>>("referredByRole").Description("The role they referred it in.").Resolve(c => c.Source.ReferredByRole);
        Field<NonNullGraphType<DateTimeType>>("referredAt").Description("When.").Resolve(c => c.Source.ReferredAt);
        Field<NonNullGraphType<BooleanGraphType>>("pending").Description("True while it waits for the panel's decision.").Resolve(c => c.Source.IsPending);
        Field<DateTimeType>("decidedAt").Description("When the panel decided on it.").Resolve(c => c.Source.DecidedAt);
    }
}
