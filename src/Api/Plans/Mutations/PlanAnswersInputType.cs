using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

public sealed class PlanAnswersInputType : InputObjectGraphType
{
    private const string Rule = " Leave the field out to keep the answer as it is; send null, empty or whitespace to clear it. Answers are trimmed; at most 8,000 characters.";

    public PlanAnswersInputType()
    {
        Name = "PlanAnswersInput";
        Description = "Answers to some or all of the seven questions (R05). Only the fields you send change. Whitespace-only answers are stored as unanswered, so they never pass the COMPLETE check.";
        Field<StringGraphType>("whatIsImportant").Description("1. What's important to you about your health and your life in general?" + Rule);
        Field<StringGraphType>("whatIsWorking").Description("2. What's working? What's not working?" + Rule);
        Field<StringGraphType>("whatToChange").Description("3. Things you want to change (what would make a real difference)?" + Rule);
        Field<StringGraphType>("supportAndOutcomes").Description("4. Where you need support and the outcomes you want to achieve?" + Rule);
        Field<StringGraphType>("managingSupport").Description("5. How do you plan to manage your support (for example, Direct Payment, Individual Service Fund)?" + Rule);
        Field<StringGraphType>("spendingTheBudget").Description("6. How do you wish to spend your budget?" + Rule);
        Field<StringGraphType>("stayingInControl").Description("7. How will you stay in control?" + Rule);
    }

    /// <summary>The answers after applying the input to <paramref name="current"/>: sent fields replace, blanks clear.</summary>
    public static PlanAnswers Apply(PlanAnswers current, MutationInput input)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        string? Answer(string name, string? existing) => input.Has(name) ? FreeText.TrimToNull(input.Text(name)) : existing;
        return new PlanAnswers(
            Answer("whatIsImportant", current.WhatIsImportant),
            Answer("whatIsWorking", current.WhatIsWorking),
            Answer("whatToChange", current.WhatToChange),
            Answer("supportAndOutcomes", current.SupportAndOutcomes),
            Answer("managingSupport", current.ManagingSupport),
            Answer("spendingTheBudget", current.SpendingTheBudget),
            Answer("stayingInControl", current.StayingInControl));
    }
}
