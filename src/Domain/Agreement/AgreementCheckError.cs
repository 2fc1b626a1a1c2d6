using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>A reason an automatic agreement check (R08–R14) fails; <see cref="Check"/> says which.</summary>
public abstract record AgreementCheckError(
    [property: Description("The automatic agreement check this error fails.")] AgreementCheck Check,
    string Code,
    string Message) : DomainError(Code, Message);
