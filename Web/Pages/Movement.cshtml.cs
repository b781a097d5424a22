using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Pages;

public sealed class MovementModel(ArticleReader articles, RecognitionReader recognition, IOptions<ContentOptions> options)
    : ArticleListPage(articles, options)
{
    public MovementPage Movement { get; private set; } = null!;
    public IReadOnlyList<CommendationLine> Commendations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var movement = await recognition.FindMovementPageAsync(slug, ct);
        if (movement is null || !await LoadListAsync(new ArticleFilter { MovementSlug = slug }, ct))
        {
            return NotFound();
        }
        Movement = movement;
        Commendations = await recognition.CommendationsUnderMovementAsync(movement.Id, ct);
        return Page();
    }
}
