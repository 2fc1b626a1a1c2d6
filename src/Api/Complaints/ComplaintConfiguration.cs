using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Complaints;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        builder.HasIndex(c => c.PlanId);
        builder.Property(c => c.EditRevision).IsConcurrencyToken();
        builder.Property(c => c.About).HasMaxLength(ComplaintDetails.MaxAboutLength);
        builder.Property(c => c.Details).HasMaxLength(ComplaintDetails.MaxDetailsLength);
        builder.Property(c => c.MadeBySubject).HasMaxLength(200);
        builder.Property(c => c.MadeByName).HasMaxLength(200);
        builder.Property(c => c.AcknowledgedByName).HasMaxLength(200);
        builder.Property(c => c.AcknowledgementMessage).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.Conclusions).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.OmbudsmanAdvice).HasMaxLength(1000);
        builder.Property(c => c.RespondedByName).HasMaxLength(200);
        builder.Property(c => c.ClosedByName).HasMaxLength(200);
        builder.Property(c => c.ClosingNote).HasMaxLength(Complaint.MaxTextLength);
        builder.Ignore(c => c.MadeOnBehalfOfPerson);
        builder.Ignore(c => c.AcknowledgedLate);
        builder.Ignore(c => c.Actions);
        builder.PrimitiveCollection<List<string>>("_actions").HasColumnName("Actions");
    }
}
