using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> initiative)
    {
        initiative.Property(i => i.Title).HasMaxLength(400).IsRequired();
        initiative.Property(i => i.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        initiative.Property(i => i.SortKey).HasMaxLength(Text.VietnameseSort.MaxKeyLength).IsRequired();
        initiative.Property(i => i.Summary).HasMaxLength(20_000);
        initiative.Property(i => i.Effect).HasMaxLength(20_000);
        initiative.HasIndex(i => i.Slug).IsUnique();
        initiative.HasIndex(i => i.Year);
        initiative.HasOne(i => i.Department).WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        initiative.HasMany(i => i.Owners).WithMany(p => p.Initiatives).UsingEntity("InitiativeOwners");
    }
}
