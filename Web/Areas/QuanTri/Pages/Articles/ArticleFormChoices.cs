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
    public static async Task<ArticleFormChoices> LoadAsync(
        ArticleReader articles, RecognitionReader recognition, MediaLibrary media, CancellationToken ct) =>
        new(await articles.CategoriesAsync(ct),
            await recognition.PeopleAsync(ct),
            await recognition.DepartmentsAsync(ct),
            await recognition.MovementsAsync(ct),
            await recognition.InitiativesAsync(ct),
            (await media.SearchAsync(new MediaQuery { UsableOnly = true, PageSize = 100 }, ct)).Items);
}
