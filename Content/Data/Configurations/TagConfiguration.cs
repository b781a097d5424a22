using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(FieldLimits.TagName).IsRequired();
        tag.Property(t => t.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
