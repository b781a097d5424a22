using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Pages;

public sealed class DepartmentModel(ArticleReader articles, RecognitionReader recognition, IOptions<ContentOptions> options)
    : ArticleListPage(articles, options)
{
    public DepartmentPage Department { get; private set; } = null!;
    public IReadOnlyList<CommendationLine> Commendations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var department = await recognition.FindDepartmentPageAsync(slug, ct);
        if (department is null || !await LoadListAsync(new ArticleFilter { DepartmentSlug = slug }, ct))
        {
            return NotFound();
        }
        Department = department;
        Commendations = await recognition.CommendationsOfAsync(null, department.Id, ct);
        return Page();
    }
}
