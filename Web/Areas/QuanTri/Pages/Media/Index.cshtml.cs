using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Media;

/// <summary>The library: upload one or many images, search, and pick one to describe or delete.</summary>
[MediaUploadLimits]
public sealed class IndexModel(MediaLibrary library, IOptions<MediaOptions> options) : PageModel
{
    private const string OutcomesKey = "MediaUploadOutcomes";
    private const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PagedList<MediaAsset> List { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>One line per file of the last upload, shown once after the redirect.</summary>
    public IReadOnlyList<UploadOutcome> Outcomes { get; private set; } = [];

    public MediaOptions Limits => options.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (TempData[OutcomesKey] is string json)
        {
            Outcomes = JsonSerializer.Deserialize<List<UploadOutcome>>(json) ?? [];
        }
        await LoadAsync(ct);
        return PageNumber > List.TotalPages ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Vui lòng chọn ít nhất một tệp ảnh.");
        }
        else if (files.Count > Limits.MaxFilesPerUpload)
        {
            ModelState.AddModelError(string.Empty, $"Mỗi lần tải lên tối đa {Limits.MaxFilesPerUpload} ảnh.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var actor = User.Actor();
        var outcomes = new List<UploadOutcome>(files.Count);
        foreach (var file in files)
        {
            var name = MediaLibrary.DisplayFileName(file.FileName);
            await using var content = file.OpenReadStream();
            var result = await library.UploadAsync(content, file.FileName, actor, ct);
            outcomes.Add(result.Succeeded
                ? new UploadOutcome(name, true, "Đã tải lên. Hãy nhập mô tả ảnh trước khi dùng.", result.Value!.Id)
                : new UploadOutcome(name, false, result.Error!, null));
        }
        TempData[OutcomesKey] = JsonSerializer.Serialize(outcomes);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        List = await library.SearchAsync(new MediaQuery { Text = Search, Page = PageNumber, PageSize = PageSize }, ct);
    }

    /// <summary>What happened to one file of an upload.</summary>
    public sealed record UploadOutcome(string FileName, bool Succeeded, string Message, int? MediaAssetId);
}
