using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Pages;

public sealed class PersonModel(ArticleReader articles, RecognitionReader recognition, IOptions<ContentOptions> options)
    : ArticleListPage(articles, options)
{
    public PersonPage Person { get; private set; } = null!;
    public IReadOnlyList<CommendationLine> Commendations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var person = await recognition.FindPersonPageAsync(slug, ct);
        if (person is null || !await LoadListAsync(new ArticleFilter { PersonSlug = slug }, ct))
        {
            return NotFound();
        }
        Person = person;
        Commendations = await recognition.CommendationsOfAsync(person.Id, null, ct);
        return Page();
    }
}
