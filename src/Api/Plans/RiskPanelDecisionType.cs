using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class RiskPanelDecisionType : ObjectGraphType<RiskPanelDecision>
{
    public RiskPanelDecisionType()
    {
        Name = "RiskPanelDecision";
        Description = "The Risk Management Panel's latest decision on the plan's significant risks (R12, R23). A favourable one (`CAN_BE_MANAGED_SAFELY` or `MANAGED_WITH_CONDITIONS`) satisfies the RISKS_CONSIDERED check for significant risks.";
        Field<NonNullGraphType<RiskPanelOutcomeType>>("outcome").Description("What the panel decided.").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("conditions").Description("The conditions on which the risks can be managed safely, when there are any.").Resolve(c => c.Source.Conditions);
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("The panel's reasons.").Resolve(c => c.Source.Rationale);
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The version of the plan the panel considered.").Resolve(c => c.Source.VersionNumber);
        Field<NonNullGraphType<StringGraphType>>("decidedByName").Description("The panel member who recorded it.").Resolve(c => c.Source.DecidedByName);
        Field<NonNullGraphType<DateTimeType>>("decidedAt").Description("When it was decided.").Resolve(c => c.Source.DecidedAt);
    }
}
