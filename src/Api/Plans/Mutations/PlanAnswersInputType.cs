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
}
