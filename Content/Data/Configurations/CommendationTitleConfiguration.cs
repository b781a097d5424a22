using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class CommendationTitleConfiguration : IEntityTypeConfiguration<CommendationTitle>
{
    public void Configure(EntityTypeBuilder<CommendationTitle> title)
    {
        title.Property(t => t.Name).HasMaxLength(FieldLimits.CommendationTitleName).IsRequired();
        title.Property(t => t.SortKey).HasMaxLength(Text.VietnameseSort.MaxKeyLength).IsRequired();
        title.HasIndex(t => new { t.Kind, t.Name }).IsUnique();
    }
}
