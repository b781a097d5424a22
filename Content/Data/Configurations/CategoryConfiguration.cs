using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.Property(c => c.Name).HasMaxLength(200).IsRequired();
        category.Property(c => c.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        category.Property(c => c.Description).HasMaxLength(2000);
        category.HasIndex(c => c.Slug).IsUnique();
    }
}
