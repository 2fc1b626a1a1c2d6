using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Risks;

/// <summary>The plan's latest referral to the Risk Management Panel (R23), in columns of the plan's row beside the panel's decision; a complex property, read inline (decision 0021).</summary>
internal sealed class CarePlanRiskPanelReferralConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        builder.ComplexProperty(p => p.RiskPanelReferral, referral =>
        {
            referral.Property(r => r.Reason).HasColumnName("PanelReferralReason").HasMaxLength(RiskPanelReferral.MaxReasonLength);
            referral.Property(r => r.VersionNumber).HasColumnName("PanelReferralVersionNumber");
            referral.Property(r => r.ReferredBySubject).HasColumnName("PanelReferredBySubject").HasMaxLength(200);
            referral.Property(r => r.ReferredByName).HasColumnName("PanelReferredByName").HasMaxLength(200);
            referral.Property(r => r.ReferredByRole).HasColumnName("PanelReferredByRole");
            referral.Property(r => r.ReferredAt).HasColumnName("PanelReferredAt");
            referral.Property(r => r.DecidedAt).HasColumnName("PanelReferralDecidedAt");
            referral.Ignore(r => r.IsPending);
        });
    }
}
