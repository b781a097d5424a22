using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Pages;

/// <summary>The column "Mô hình, sáng kiến, kinh nghiệm" with combinable filters carried in the URL.</summary>
public sealed class ColumnModel(ArticleReader articles, RecognitionReader recognition, IOptions<ContentOptions> options)
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

    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Movement> Movements { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];

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
        Categories = await Articles.CategoriesAsync(ct);
        Years = await Articles.YearsAsync(ct);
        Movements = await recognition.MovementsAsync(ct);
        Departments = await recognition.DepartmentsAsync(ct);
        return Page();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
