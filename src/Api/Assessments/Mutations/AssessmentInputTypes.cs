using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments.Mutations;

public sealed class EligibleNeedInputType : InputObjectGraphType
{
    public EligibleNeedInputType()
    {
        Name = "EligibleNeedInput";
        Description = "An eligible need (R01, R31): the eligibility outcome the person cannot achieve and the need in words.";
        Field<IdGraphType>("id").Description("When revising: the ID of a need the assessment already records (`EligibleNeed.id`), to keep it, so support items that meet it stay valid. Leave out for a new need.");
        Field<NonNullGraphType<EligibilityOutcomeType>>("area").Description("Which specified outcome the person cannot achieve without support.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("The need in words. Required, at most 2,000 characters.");
    }
}

public sealed class DesiredOutcomeInputType : InputObjectGraphType
{
    public DesiredOutcomeInputType()
    {
        Name = "DesiredOutcomeInput";
        Description = "An outcome the person wants (R01, R31).";
        Field<IdGraphType>("id").Description("When revising: the ID of an outcome the assessment already records (`DesiredOutcome.id`), to keep it. Leave out for a new outcome.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("The outcome, in the person's words. Required, at most 2,000 characters.");
    }
}

public sealed class IdentifiedRiskInputType : InputObjectGraphType
{
    public IdentifiedRiskInputType()
    {
        Name = "IdentifiedRiskInput";
        Description = "A risk identified at assessment (R12, R31). Each needs a mitigation in the plan; a significant one also needs the Risk Management Panel (R23).";
        Field<IdGraphType>("id").Description("When revising: the ID of a risk the assessment already records (`IdentifiedRisk.id`), to keep it, so the plan's mitigation of it stays valid. Leave out for a new risk.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("The risk in words, e.g. \"Falls at night\". Required, at most 2,000 characters.");
        Field<NonNullGraphType<BooleanGraphType>>("isSignificant").Description("True when the risk is significant: the plan then needs a Risk Management Panel decision that it can be managed safely (R12, R23).");
    }
}
