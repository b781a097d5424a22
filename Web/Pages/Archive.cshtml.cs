using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Web.Pages;

/// <summary>"/luu-tru": every month with its count; "/luu-tru/2024" and "/luu-tru/2024/3": that period's articles.</summary>
public sealed class ArchiveModel(ArticleReader articles, IOptions<ContentOptions> options) : ArticleListPage(articles, options)
{
    public int? Year { get; private set; }
    public int? Month { get; private set; }
    public IReadOnlyList<ArchiveMonth> Months { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, int? month, CancellationToken ct)
    {
        Months = await Articles.ArchiveMonthsAsync(ct);
        if (year is null)
        {
            return Page();
        }
        if (!VietnamTime.IsSupportedPeriod(year.Value, month))
        {
            return NotFound();
        }
        (Year, Month) = (year, month);
        var found = await LoadListAsync(new ArticleFilter { Year = year, Month = month }, ct);
        return found && List.TotalCount > 0 ? Page() : NotFound();
    }
}
