using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanDecisionType : ObjectGraphType<PlanDecision>
{
    public PlanDecisionType()
    {
        Name = "PlanDecision";
        Description = "The assessing officer's decision on a submitted version (R15–R17): agreed with the attestations and rationale, or not agreed with the reasons and what must change. Either way it records the advice and information offered (R16).";
        Field<NonNullGraphType<DecisionOutcomeType>>("outcome").Description("Agreed, or changes required.").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<StringGraphType>>("decidedByName").Description("The officer who decided (R15).").Resolve(c => c.Source.DecidedByName);
        Field<NonNullGraphType<ActorRoleType>>("decidedByRole").Description("The role they decided in.").Resolve(c => c.Source.DecidedByRole);
        Field<NonNullGraphType<DateTimeType>>("decidedAt").Description("When they decided.").Resolve(c => c.Source.DecidedAt);
        Field<NonNullGraphType<IntGraphType>>("versionRevision").Description("The version's `revision` when it was decided: exactly what the officer saw.").Resolve(c => c.Source.VersionRevision);
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("The rationale for agreeing, or the reasons for not agreeing.").Resolve(c => c.Source.Rationale);
        Field<NonNullGraphType<BooleanGraphType>>("isLawfulAndSensible").Description("R15 attestation: lawful and uses money sensibly. Always true on an agreement; false on a decline.").Resolve(c => c.Source.IsLawfulAndSensible);
        Field<NonNullGraphType<BooleanGraphType>>("keepsPersonHealthySafeAndWell").Description("R15 attestation: keeps the person healthy, safe and well. Always true on an agreement; false on a decline.").Resolve(c => c.Source.KeepsPersonHealthySafeAndWell);
        Field<NonNullGraphType<BooleanGraphType>>("isResponsiblyManaged").Description("R15 attestation: responsibly managed. Always true on an agreement; false on a decline.").Resolve(c => c.Source.IsResponsiblyManaged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requiredChanges").Description("R17: what must change before the plan can be agreed; empty on an agreement.").Resolve(c => c.Source.RequiredChanges);
        Field<NonNullGraphType<BooleanGraphType>>("reviewAssessmentRequested").Description("R17: the plan was unclear and the officer asked for the assessment to be reviewed.").Resolve(c => c.Source.ReviewAssessmentRequested);
        Field<NonNullGraphType<StringGraphType>>("adviceOffered").Description("R16: the advice and information offered to prevent or delay needs.").Resolve(c => c.Source.AdviceOffered);
    }
}
