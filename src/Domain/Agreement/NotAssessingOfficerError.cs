using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R15, R29: only a Key Worker (or an administrator) acting as assessing officer agrees or declines a plan.</summary>
[Description("R15, R29: only a Key Worker (or an administrator) acting as assessing officer agrees or declines a plan.")]
public sealed record NotAssessingOfficerError(
    [property: Description("The role the caller acted in.")] ActorRole Role)
    : DomainError("NOT_ASSESSING_OFFICER", $"Only a Key Worker or administrator acting as assessing officer can agree or decline a plan; not someone acting as {PlainEnglish.Describe(Role)}.");
