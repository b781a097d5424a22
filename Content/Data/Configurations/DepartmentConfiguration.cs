using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.Property(d => d.Name).HasMaxLength(200).IsRequired();
        department.Property(d => d.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        department.Property(d => d.Description).HasMaxLength(20_000);
        department.HasIndex(d => d.Slug).IsUnique();
    }
}
