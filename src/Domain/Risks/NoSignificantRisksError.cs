using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>R23: the Risk Management Panel considers plans with significant risks, and this plan's assessment identifies none.</summary>
[Description("R23: the Risk Management Panel considers plans with significant risks, and the assessment for this plan identifies none.")]
public sealed record NoSignificantRisksError()
    : DomainError("NO_SIGNIFICANT_RISKS", "The Risk Management Panel considers plans with significant risks, and the assessment for this plan identifies none.");
