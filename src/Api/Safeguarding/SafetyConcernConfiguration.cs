using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Safeguarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Safeguarding;

internal sealed class SafetyConcernConfiguration : IEntityTypeConfiguration<SafetyConcern>
{
    public void Configure(EntityTypeBuilder<SafetyConcern> builder)
    {
        builder.ToTable("SafetyConcerns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.RaisedAt });
        builder.Property(c => c.Concern).HasMaxLength(SafetyConcern.MaxTextLength);
        builder.Property(c => c.RaisedBySubject).HasMaxLength(200);
        builder.Property(c => c.RaisedByName).HasMaxLength(200);
        builder.Property(c => c.Outcome).HasMaxLength(SafetyConcern.MaxTextLength);
        builder.Property(c => c.ClosedByName).HasMaxLength(200);
        builder.Ignore(c => c.Reference);
        builder.Ignore(c => c.Acknowledgement);
    }
}
