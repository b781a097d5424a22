using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Web.Pages;

/// <summary>The column "Mô hình, sáng kiến, kinh nghiệm" with combinable filters carried in the URL.</summary>
public sealed class ColumnModel(ArticleReader articles, IOptions<ContentOptions> options)
    : ArticleListPage(articles, options)
{
    [BindProperty(SupportsGet = true, Name = "chuyen-muc")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "phong-trao")]
    public string? Movement { get; set; }

    [BindProperty(SupportsGet = true, Name = "khoa-phong")]
    public string? Department { get; set; }

    public IReadOnlyList<CategoryRef> Categories { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<MovementRef> Movements { get; private set; } = [];
    public IReadOnlyList<DepartmentRef> Departments { get; private set; } = [];

    public bool IsFiltered => Category is not null || Year is not null || Movement is not null || Department is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = new ArticleFilter
        {
            CategorySlug = NullIfEmpty(Category),
            Year = Year,
            MovementSlug = NullIfEmpty(Movement),
            DepartmentSlug = NullIfEmpty(Department),
        };
        if (!await LoadListAsync(filter, ct))
        {
            return NotFound();
        }
        var snapshot = await Articles.SnapshotAsync(ct);
        Categories = snapshot.Categories;
        Years = snapshot.Years;
        Movements = snapshot.Movements;
        Departments = snapshot.Departments;
        return Page();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
