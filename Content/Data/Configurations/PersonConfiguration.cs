using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.Property(p => p.FullName).HasMaxLength(200).IsRequired();
        person.Property(p => p.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        person.HasIndex(p => p.Slug).IsUnique();
        person.Property(p => p.Position).HasMaxLength(300);
        person.Property(p => p.Bio).HasMaxLength(20_000);
        person.Property(p => p.SortKey).HasMaxLength(Text.VietnameseSort.MaxKeyLength).IsRequired();
        person.HasIndex(p => p.SortKey);
        person.HasOne(p => p.Department).WithMany(d => d.People).HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        person.HasOne(p => p.Photo).WithMany().HasForeignKey(p => p.PhotoId).OnDelete(DeleteBehavior.SetNull);
    }
}
