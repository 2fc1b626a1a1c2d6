using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reference).HasMaxLength(64);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.PreferredName).HasMaxLength(200);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.KeyWorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
