using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Web.Pages;

public sealed class IndexModel(ArticleReader articles, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Latest { get; private set; } = [];
    public IReadOnlyList<PersonCard> Exemplars { get; private set; } = [];
    public IReadOnlyList<MovementRef> Movements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Featured = await articles.FeaturedAsync(1, ct);
        var latest = await articles.LatestAsync(7, ct);
        Latest = latest.Where(a => Featured.All(f => f.Id != a.Id)).Take(6).ToList();
        var snapshot = await articles.SnapshotAsync(ct);
        Exemplars = snapshot.FeaturedPeople;
        Movements = snapshot.CurrentMovements(DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime)));
    }
}
