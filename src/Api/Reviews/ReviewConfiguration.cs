using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.StartedAt });

        // Two people signing at once must not both miss that the other signed (optimistic concurrency).
        builder.Property(r => r.EditRevision).IsConcurrencyToken();
        builder.Property(r => r.StartedBySubject).HasMaxLength(200);
        builder.Property(r => r.StartedByName).HasMaxLength(200);
        builder.Property(r => r.Summary).HasMaxLength(ReviewFindings.MaxSummaryLength);
        builder.Property(r => r.OutcomeRecordedByName).HasMaxLength(200);
        builder.Ignore(r => r.ChangesAgreed);
        builder.Ignore(r => r.Changes);
        builder.PrimitiveCollection<List<string>>("_changes").HasColumnName("Changes");

        builder.OwnsOne(r => r.PersonSignature, signature => ConfigureSignature(signature, "PersonSigned"));
        builder.OwnsOne(r => r.KeyWorkerSignature, signature => ConfigureSignature(signature, "KeyWorkerSigned"));

        builder.OwnsMany(r => r.Invitees, invitees =>
        {
            invitees.ToTable("ReviewInvitees");
            invitees.WithOwner().HasForeignKey("ReviewId");
            invitees.HasKey(i => i.Id);
            invitees.Property(i => i.Id).ValueGeneratedNever();
            invitees.Property(i => i.Name).HasMaxLength(ReviewInvitee.MaxNameLength);
            invitees.Property(i => i.InvitedBySubject).HasMaxLength(200);
            invitees.Property(i => i.InvitedByName).HasMaxLength(200);
        });
        builder.Navigation(r => r.Invitees).HasField("_invitees");

        builder.OwnsMany(r => r.Outcomes, outcomes =>
        {
            outcomes.ToTable("ReviewOutcomes");
            outcomes.WithOwner().HasForeignKey("ReviewId");
            outcomes.HasKey(o => o.Id);
            outcomes.Property(o => o.Id).ValueGeneratedNever();
            outcomes.Property(o => o.Description).HasMaxLength(2000);
            outcomes.Property(o => o.Note).HasMaxLength(ReviewOutcome.MaxNoteLength);
        });
        builder.Navigation(r => r.Outcomes).HasField("_outcomes");

        builder.OwnsMany(r => r.Disagreements, disagreements =>
        {
            disagreements.ToTable("ReviewDisagreements");
            disagreements.WithOwner().HasForeignKey("ReviewId");
            disagreements.HasKey(d => d.Id);
            disagreements.Property(d => d.Id).ValueGeneratedNever();
            disagreements.Property(d => d.Text).HasMaxLength(ReviewDisagreement.MaxTextLength);
            disagreements.Property(d => d.RecordedBySubject).HasMaxLength(200);
            disagreements.Property(d => d.RecordedByName).HasMaxLength(200);
        });
        builder.Navigation(r => r.Disagreements).HasField("_disagreements");
    }

    private static void ConfigureSignature(OwnedNavigationBuilder<Review, ReviewSignature> signature, string prefix)
    {
        signature.Property(s => s.SignedBySubject).HasColumnName(prefix + "BySubject").HasMaxLength(200);
        signature.Property(s => s.SignedByName).HasColumnName(prefix + "ByName").HasMaxLength(200);
        signature.Property(s => s.SignedByRole).HasColumnName(prefix + "ByRole");
        signature.Property(s => s.SignedAt).HasColumnName(prefix + "At");
        signature.Ignore(s => s.OnBehalfOfPerson);
    }
}
