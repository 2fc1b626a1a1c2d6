using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnlawfulDirectPaymentErrorType : AgreementCheckErrorGraphType<UnlawfulDirectPaymentError>
{
    public UnlawfulDirectPaymentErrorType()
        : base("UnlawfulDirectPaymentError", "R14: a Direct Payment item pays the person's spouse or partner, or a close relative living with them, and the council has not recorded that this is necessary. The assessing officer records it with `recordDirectPaymentNecessity`, or change who is paid or how.")
    {
        Field<NonNullGraphType<SupportItemType>>("item")
            .Description("The support item that pays a relative.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<SupportItem>>().Load(c.Source.ItemId));
        Field<NonNullGraphType<PayeeRelationshipType>>("relationship").Description("How the payee is related to the person.").Resolve(c => c.Source.Relationship);
        Field<NonNullGraphType<BooleanGraphType>>("payeeLivesWithPerson").Description("True when the payee lives in the same household.").Resolve(c => c.Source.PayeeLivesWithPerson);
        Field<StringGraphType>("payee").Description("Who is paid, in words, where the item says.").Resolve(c => c.Source.Payee);
    }
}
