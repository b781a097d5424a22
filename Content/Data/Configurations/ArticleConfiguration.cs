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
        // Public visibility is one column (Article.PublicAt), so the public lists, previous/next (keyset on PublicAt, Id)
        // and the counts walk an index in order instead of sorting every visible row. Bodies make rows long (overflow
        // pages): category lists and the home page's featured story read these indexes instead of the rows.
        article.Property(a => a.PublicAt);
        article.Property(a => a.PublicYear);
        article.Property(a => a.PublicMonth);
        article.HasIndex(a => new { a.PublicAt, a.Id });
        // PublicAt sits after the body in existing rows (added by ALTER TABLE), so reading it from a row walks the
        // body's overflow pages; lookups by id (related articles, a person's articles) read it from this index instead.
        article.HasIndex(a => new { a.Id, a.PublicAt });
        article.HasIndex(a => new { a.CategoryId, a.PublicAt });
        article.HasIndex(a => new { a.IsFeatured, a.PublicAt });
        article.HasOne(a => a.Category).WithMany(c => c.Articles).HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.CoverImage).WithMany().HasForeignKey(a => a.CoverImageId).OnDelete(DeleteBehavior.SetNull);
        // Lists and related articles go from a tag, person, department or movement to its articles: (linked id, article
        // id) indexes answer that from the index alone, without reading each join row.
        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags", j => j.HasIndex("TagsId", "ArticlesId"));
        article.HasMany(a => a.People).WithMany(p => p.Articles).UsingEntity("ArticlePeople", j => j.HasIndex("PeopleId", "ArticlesId"));
        article.HasMany(a => a.Departments).WithMany(d => d.Articles)
            .UsingEntity("ArticleDepartments", j => j.HasIndex("DepartmentsId", "ArticlesId"));
        article.HasMany(a => a.Movements).WithMany(m => m.Articles)
            .UsingEntity("ArticleMovements", j => j.HasIndex("MovementsId", "ArticlesId"));
        article.HasMany(a => a.Initiatives).WithMany(i => i.Articles).UsingEntity("ArticleInitiatives");
    }
}
