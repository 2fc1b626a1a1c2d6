using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class RiskPanelDecisionUnfavourableErrorType : AgreementCheckErrorGraphType<RiskPanelDecisionUnfavourableError>
{
    public RiskPanelDecisionUnfavourableErrorType()
        : base("RiskPanelDecisionUnfavourableError", "R12, R23: the Risk Management Panel decided the plan's significant risks cannot be managed safely. Change the plan to address the panel's rationale and ask for a new decision.")
    {
        Field<NonNullGraphType<RiskPanelOutcomeType>>("panelOutcome").Description("What the panel decided.").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<DateTimeType>>("decidedAt").Description("When the panel decided.").Resolve(c => c.Source.DecidedAt);
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("The panel's reasons.").Resolve(c => c.Source.Rationale);
    }
}
