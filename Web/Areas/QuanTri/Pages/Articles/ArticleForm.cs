using System.ComponentModel.DataAnnotations;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Articles;

/// <summary>The editor form as posted: kept whole on every error so nothing typed is lost.</summary>
public sealed class ArticleForm
{
    [Required(ErrorMessage = "Vui lòng nhập tiêu đề bài viết.")]
    [StringLength(300, ErrorMessage = "Tiêu đề không được dài quá 300 ký tự.")]
    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    [StringLength(80, ErrorMessage = "Đường dẫn không được dài quá 80 ký tự.")]
    [Display(Name = "Đường dẫn (slug)")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "Tóm tắt không được dài quá 1000 ký tự.")]
    [Display(Name = "Tóm tắt")]
    public string? Summary { get; set; }

    [Display(Name = "Nội dung (Markdown)")]
    public string? BodyMarkdown { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn chuyên mục.")]
    [Display(Name = "Chuyên mục")]
    public int? CategoryId { get; set; }

    [Display(Name = "Thẻ (cách nhau bằng dấu phẩy)")]
    public string? Tags { get; set; }

    [StringLength(200, ErrorMessage = "Tên tác giả không được dài quá 200 ký tự.")]
    [Display(Name = "Tác giả hiển thị")]
    public string? AuthorName { get; set; }

    [Display(Name = "Ảnh bìa")]
    public int? CoverImageId { get; set; }

    [StringLength(300, ErrorMessage = "Tiêu đề SEO không được dài quá 300 ký tự.")]
    [Display(Name = "Tiêu đề SEO")]
    public string? SeoTitle { get; set; }

    [StringLength(500, ErrorMessage = "Mô tả SEO không được dài quá 500 ký tự.")]
    [Display(Name = "Mô tả SEO")]
    public string? SeoDescription { get; set; }

    [Display(Name = "Bài nổi bật trên trang chủ")]
    public bool IsFeatured { get; set; }

    public List<int> PersonIds { get; set; } = [];
    public List<int> DepartmentIds { get; set; } = [];
    public List<int> MovementIds { get; set; } = [];
    public List<int> InitiativeIds { get; set; } = [];

    /// <summary>The version the editor started from; a stale one means someone else saved meanwhile.</summary>
    public int Version { get; set; }

    public ArticleInput ToInput() => new()
    {
        Title = Title,
        Slug = Slug,
        Summary = Summary,
        BodyMarkdown = BodyMarkdown ?? "",
        CategoryId = CategoryId ?? 0,
        Tags = (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        AuthorName = AuthorName ?? "",
        CoverImageId = CoverImageId,
        SeoTitle = SeoTitle,
        SeoDescription = SeoDescription,
        IsFeatured = IsFeatured,
        PersonIds = PersonIds,
        DepartmentIds = DepartmentIds,
        MovementIds = MovementIds,
        InitiativeIds = InitiativeIds,
    };

    public static ArticleForm From(Article article)
    {
        var input = ArticleEditor.ToInput(article);
        return new ArticleForm
        {
            Title = input.Title,
            Slug = input.Slug,
            Summary = input.Summary,
            BodyMarkdown = input.BodyMarkdown,
            CategoryId = input.CategoryId,
            Tags = string.Join(", ", input.Tags),
            AuthorName = input.AuthorName,
            CoverImageId = input.CoverImageId,
            SeoTitle = input.SeoTitle,
            SeoDescription = input.SeoDescription,
            IsFeatured = input.IsFeatured,
            PersonIds = [.. input.PersonIds],
            DepartmentIds = [.. input.DepartmentIds],
            MovementIds = [.. input.MovementIds],
            InitiativeIds = [.. input.InitiativeIds],
            Version = article.Version,
        };
    }
}
