using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Articles;

/// <summary>What the editor form offers to pick from.</summary>
public sealed record ArticleFormChoices(
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Person> People,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Movement> Movements,
    IReadOnlyList<Initiative> Initiatives,
    IReadOnlyList<MediaAsset> CoverImages)
{
    /// <param name="currentCoverId">Always offered, even when older than the newest images listed, so saving keeps it.</param>
    public static async Task<ArticleFormChoices> LoadAsync(
        ArticleReader articles, RecognitionReader recognition, MediaLibrary media, int? currentCoverId, CancellationToken ct)
    {
        var covers = (await media.SearchAsync(new MediaQuery { UsableOnly = true, PageSize = 100 }, ct)).Items.ToList();
        if (currentCoverId is { } id && covers.All(m => m.Id != id) && await media.FindUsableAsync(id, ct) is { } current)
        {
            covers.Insert(0, current);
        }
        return new(await articles.CategoriesAsync(ct),
            await recognition.PeopleAsync(ct),
            await recognition.DepartmentsAsync(ct),
            await recognition.MovementsAsync(ct),
            await recognition.InitiativesAsync(ct),
            covers);
    }
}
