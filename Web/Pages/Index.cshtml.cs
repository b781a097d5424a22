using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Web.Pages;

public sealed class IndexModel(ArticleReader articles, TimeProvider clock) : PageModel
{
    public FrontPage Articles { get; private set; } = new(null, []);
    public IReadOnlyList<PersonCard> Exemplars { get; private set; } = [];
    public IReadOnlyList<MovementRef> Movements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Articles = await articles.FrontPageAsync(6, ct);
        var snapshot = await articles.SnapshotAsync(ct);
        Exemplars = snapshot.FeaturedPeople;
        Movements = snapshot.CurrentMovements(VietnamTime.Today(clock));
    }
}
