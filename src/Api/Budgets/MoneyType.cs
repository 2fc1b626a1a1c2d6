using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Budgets;

/// <summary>Money as whole pence in pounds sterling (R03).</summary>
public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An amount of money. Exact: whole pence, never floating point. Do arithmetic on `pence`; show `formatted` to people.";
        Field<NonNullGraphType<LongGraphType>>("pence").Description("The amount in whole pence, e.g. 123456 for £1,234.56.").Resolve(c => c.Source.Pence);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 currency code; always GBP.").Resolve(_ => Money.Currency);
        Field<NonNullGraphType<StringGraphType>>("formatted").Description("The amount as people read it, e.g. \"£1,234.56\".").Resolve(c => c.Source.Formatted);
    }
}
