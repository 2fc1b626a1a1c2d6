using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Plans;

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("PlanVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();

        // A second writer holding an older revision gets a conflict instead of overwriting (optimistic concurrency).
        builder.Property(v => v.EditRevision).IsConcurrencyToken();
        builder.Ignore(v => v.IsEditable);

        builder.ComplexProperty(v => v.Answers, answers =>
        {
            answers.Property(a => a.WhatIsImportant).HasColumnName("WhatIsImportant").HasMaxLength(PlanQuestions.MaxAnswerLength);
            answers.Property(a => a.WhatIsWorking).HasColumnName("WhatIsWorking").HasMaxLength(PlanQuestions.MaxAnswerLength);
            answers.Property(a => a.WhatToChange).HasColumnName("WhatToChange").HasMaxLength(PlanQuestions.MaxAnswerLength);
            answers.Property(a => a.SupportAndOutcomes).HasColumnName("SupportAndOutcomes").HasMaxLength(PlanQuestions.MaxAnswerLength);
            answers.Property(a => a.ManagingSupport).HasColumnName("ManagingSupport").HasMaxLength(PlanQuestions.MaxAnswerLength);
            answers.Property(a => a.SpendingTheBudget).HasColumnName("SpendingTheBudget").HasMaxLength(PlanQuestions.MaxAnswerLength);
            answers.Property(a => a.StayingInControl).HasColumnName("StayingInControl").HasMaxLength(PlanQuestions.MaxAnswerLength);
        });

        builder.Property(v => v.AuthorSubject).HasMaxLength(200);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Ignore(v => v.ContributorSubjects);
        builder.PrimitiveCollection<List<string>>("_contributorSubjects").HasColumnName("ContributorSubjects");
        builder.Ignore(v => v.LatestDecision);
        builder.Ignore(v => v.InForceFrom);
        builder.Ignore(v => v.TotalWeeklyCost);
        builder.Ignore(v => v.ManagementOption);
        builder.Ignore(v => v.RequiresBestInterestsConfirmation);
        builder.Ignore(v => v.RequiresOwnDecisionsConfirmation);

        // Complex, not owned: read inline with the version's row instead of through a fix-up per row (decision 0021).
        builder.ComplexProperty(v => v.BestInterestsConfirmation, c => ConfigureConfirmation(c, "BestInterests"));
        builder.ComplexProperty(v => v.OwnDecisionsConfirmation, c => ConfigureConfirmation(c, "OwnDecisions"));

        // A version's helpers, risk mitigations and decisions are only ever read with the version, and every caller's
        // read loads them (EF Core includes owned entries always): one JSON column each keeps them in the version's
        // row, so loading a page of versions is one command instead of four (decision 0020).
        builder.Navigation(v => v.Helpers).HasField("_helpers");
        builder.OwnsMany(v => v.Helpers, helpers =>
        {
            helpers.ToJson("Helpers");
            helpers.Property(h => h.Name).HasMaxLength(PlanHelper.MaxNameLength);
        });

        builder.Navigation(v => v.RiskMitigations).HasField("_riskMitigations");
        builder.OwnsMany(v => v.RiskMitigations, mitigations =>
        {
            mitigations.ToJson("RiskMitigations");
            mitigations.Property(m => m.Mitigation).HasMaxLength(RiskMitigation.MaxMitigationLength);
            mitigations.Property(m => m.RecordedBySubject).HasMaxLength(200);
            mitigations.Property(m => m.RecordedByName).HasMaxLength(200);
        });

        builder.Navigation(v => v.Decisions).HasField("_decisions");
        builder.OwnsMany(v => v.Decisions, decisions =>
        {
            decisions.ToJson("Decisions");
            decisions.Property(d => d.DecidedBySubject).HasMaxLength(200);
            decisions.Property(d => d.DecidedByName).HasMaxLength(200);
            decisions.Property(d => d.Rationale).HasMaxLength(4000);
            decisions.Property(d => d.AdviceOffered).HasMaxLength(4000);
            decisions.Ignore(d => d.RequiredChanges);
            decisions.PrimitiveCollection<List<string>>("_requiredChanges").HasJsonPropertyName("RequiredChanges");
        });

        builder.HasMany(v => v.SupportItems).WithOne().HasForeignKey("PlanVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.SupportItems).HasField("_supportItems");
    }

    private static void ConfigureConfirmation(ComplexPropertyBuilder<PlanConfirmation> confirmation, string prefix)
    {
        confirmation.Property(c => c.ConfirmedBySubject).HasColumnName(prefix + "BySubject").HasMaxLength(200);
        confirmation.Property(c => c.ConfirmedByName).HasColumnName(prefix + "ByName").HasMaxLength(200);
        confirmation.Property(c => c.ConfirmedByRole).HasColumnName(prefix + "ByRole");
        confirmation.Property(c => c.ConfirmedAt).HasColumnName(prefix + "At");
        confirmation.Property(c => c.Statement).HasColumnName(prefix + "Statement").HasMaxLength(PlanConfirmation.MaxStatementLength);
    }
}
