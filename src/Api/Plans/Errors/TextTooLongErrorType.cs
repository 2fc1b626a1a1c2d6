using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class TextTooLongErrorType : DomainErrorGraphType<TextTooLongError>
{
    public TextTooLongErrorType()
        : base("TextTooLongError", "A piece of text (or list) is longer than the model accepts. Shorten the input field named in `field`.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field that is too long, e.g. `answer3`.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<IntGraphType>>("maximumLength").Description("The most characters (or entries) it may hold, after trimming.").Resolve(c => c.Source.MaximumLength);
        Field<NonNullGraphType<IntGraphType>>("actualLength").Description("How many it holds, after trimming.").Resolve(c => c.Source.ActualLength);
    }
}
