using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(FieldLimits.ArticleTitle).IsRequired();
        article.Property(a => a.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Summary).HasMaxLength(FieldLimits.ArticleSummary);
        article.Property(a => a.BodyMarkdown).HasMaxLength(FieldLimits.ArticleBody);
        article.Property(a => a.BodyHtml).HasMaxLength(FieldLimits.ArticleBodyHtml);
        article.Property(a => a.ReviewComment).HasMaxLength(FieldLimits.ReviewComment);
        article.Property(a => a.AuthorName).HasMaxLength(FieldLimits.AuthorName);
        article.Property(a => a.AuthorId).HasMaxLength(450);
        article.Property(a => a.SeoTitle).HasMaxLength(FieldLimits.SeoTitle);
        article.Property(a => a.SeoDescription).HasMaxLength(FieldLimits.SeoDescription);
        article.Property(a => a.Version).IsConcurrencyToken();
        // The public lists filter by status and order by publish time.
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        // Bodies make rows long (overflow pages): category lists and the home page's featured story read these
        // indexes instead of the rows.
        article.HasIndex(a => new { a.CategoryId, a.Status, a.PublishedAt });
        article.HasIndex(a => new { a.IsFeatured, a.Status, a.PublishedAt });
        article.HasOne(a => a.Category).WithMany(c => c.Articles).HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.CoverImage).WithMany().HasForeignKey(a => a.CoverImageId).OnDelete(DeleteBehavior.SetNull);
        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
        article.HasMany(a => a.People).WithMany(p => p.Articles).UsingEntity("ArticlePeople");
        article.HasMany(a => a.Departments).WithMany(d => d.Articles).UsingEntity("ArticleDepartments");
        article.HasMany(a => a.Movements).WithMany(m => m.Articles).UsingEntity("ArticleMovements");
        article.HasMany(a => a.Initiatives).WithMany(i => i.Articles).UsingEntity("ArticleInitiatives");
    }
}
