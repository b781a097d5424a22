using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> media)
    {
        media.Property(m => m.StoredName).HasMaxLength(100).IsRequired();
        media.HasIndex(m => m.StoredName).IsUnique();
        media.Property(m => m.OriginalFileName).HasMaxLength(260);
        media.Property(m => m.ContentType).HasMaxLength(50);
        media.Property(m => m.AltText).HasMaxLength(FieldLimits.MediaAltText);
        media.Property(m => m.Title).HasMaxLength(FieldLimits.MediaTitle);
        media.Property(m => m.Credit).HasMaxLength(FieldLimits.MediaCredit);
    }
}
