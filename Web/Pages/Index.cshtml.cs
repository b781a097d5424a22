using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Pages;

public sealed class IndexModel(ArticleReader articles, RecognitionReader recognition) : PageModel
{
    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Latest { get; private set; } = [];
    public IReadOnlyList<Person> Exemplars { get; private set; } = [];
    public IReadOnlyList<Movement> Movements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Featured = await articles.FeaturedAsync(1, ct);
        var latest = await articles.ListAsync(new ArticleFilter(), 1, 7, ct);
        Latest = latest.Items.Where(a => Featured.All(f => f.Id != a.Id)).Take(6).ToList();
        Exemplars = await recognition.FeaturedPeopleAsync(8, ct);
        Movements = await recognition.CurrentMovementsAsync(ct);
    }
}
