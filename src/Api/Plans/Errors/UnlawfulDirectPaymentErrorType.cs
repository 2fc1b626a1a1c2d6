using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the support item the error names; the rest comes from <see cref="UnlawfulDirectPaymentError"/>.</summary>
public sealed class UnlawfulDirectPaymentErrorType() : DomainErrorGraphType<UnlawfulDirectPaymentError>(type => type
    .Field<NonNullGraphType<SupportItemType>>("item")
    .Description("The support item that pays a relative.")
    .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<SupportItem>>().Load(c.Source.ItemId)));
