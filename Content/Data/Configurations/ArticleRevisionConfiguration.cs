using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.Title).HasMaxLength(FieldLimits.ArticleTitle).IsRequired();
        revision.Property(r => r.Summary).HasMaxLength(FieldLimits.ArticleSummary);
        revision.Property(r => r.BodyMarkdown).HasMaxLength(FieldLimits.ArticleBody);
        revision.Property(r => r.SeoTitle).HasMaxLength(FieldLimits.SeoTitle);
        revision.Property(r => r.SeoDescription).HasMaxLength(FieldLimits.SeoDescription);
        revision.Property(r => r.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        revision.Property(r => r.Summary).HasMaxLength(1000);
        revision.Property(r => r.BodyMarkdown).HasMaxLength(200_000);
        revision.Property(r => r.SeoTitle).HasMaxLength(300);
        revision.Property(r => r.SeoDescription).HasMaxLength(500);
        revision.Property(r => r.SavedBy).HasMaxLength(256);
        revision.Property(r => r.Note).HasMaxLength(FieldLimits.RevisionNote);
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
