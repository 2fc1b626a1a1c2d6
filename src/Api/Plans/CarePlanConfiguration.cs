using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Plans;

internal sealed class CarePlanConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        builder.ToTable("CarePlans");
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PersonId);
        builder.HasIndex(p => p.Status);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.CurrentVersion);
        builder.Ignore(p => p.AgreedVersion);
        builder.Ignore(p => p.IsRevisionInProgress);
        // Complex, not owned: read inline with the plan's row instead of through a fix-up per row (decision 0021).
        builder.ComplexProperty(p => p.RiskPanelDecision, decision =>
        {
            decision.Property(d => d.Outcome).HasColumnName("PanelOutcome");
            decision.Property(d => d.Conditions).HasColumnName("PanelConditions").HasMaxLength(RiskPanelDecision.MaxTextLength);
            decision.Property(d => d.Rationale).HasColumnName("PanelRationale").HasMaxLength(RiskPanelDecision.MaxTextLength);
            decision.Property(d => d.VersionNumber).HasColumnName("PanelVersionNumber");
            decision.Property(d => d.DecidedBySubject).HasColumnName("PanelDecidedBySubject").HasMaxLength(200);
            decision.Property(d => d.DecidedByName).HasColumnName("PanelDecidedByName").HasMaxLength(200);
            decision.Property(d => d.DecidedAt).HasColumnName("PanelDecidedAt");
            decision.Ignore(d => d.IsFavourable);
        });

        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).HasField("_versions");
        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.History).HasField("_history");
    }
}
