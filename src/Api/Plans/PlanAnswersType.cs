using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanAnswersType : ObjectGraphType<PlanAnswers>
{
    public PlanAnswersType()
    {
        Name = "PlanAnswers";
        Description = "The seven questions a plan must answer before the council can agree it. Null means not answered yet; whitespace counts as unanswered.";
        Field<StringGraphType>("whatIsImportant").Description("1. What's important to you about your health and your life in general?").Resolve(c => c.Source.WhatIsImportant);
        Field<StringGraphType>("whatIsWorking").Description("2. What's working? What's not working?").Resolve(c => c.Source.WhatIsWorking);
        Field<StringGraphType>("whatToChange").Description("3. Things you want to change (what would make a real difference)?").Resolve(c => c.Source.WhatToChange);
        Field<StringGraphType>("supportAndOutcomes").Description("4. Where you need support and the outcomes you want to achieve?").Resolve(c => c.Source.SupportAndOutcomes);
        Field<StringGraphType>("managingSupport").Description("5. How do you plan to manage your support (for example, Direct Payment, Individual Service Fund)?").Resolve(c => c.Source.ManagingSupport);
        Field<StringGraphType>("spendingTheBudget").Description("6. How do you wish to spend your budget?").Resolve(c => c.Source.SpendingTheBudget);
        Field<StringGraphType>("stayingInControl").Description("7. How will you stay in control?").Resolve(c => c.Source.StayingInControl);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("unanswered").Description("The numbers (1–7) of the questions still unanswered.").Resolve(c => c.Source.Unanswered());
    }
}
