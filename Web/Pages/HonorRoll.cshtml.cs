using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Web.Exports;

namespace ThiDuaCms.Web.Pages;

/// <summary>
/// The honor roll ("Vinh danh"): every public commendation, filtered by the query string, paged, with counts per filter,
/// and the same selection as CSV or XLSX.
/// </summary>
public sealed class HonorRollModel(RecognitionReader recognition) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "danh-hieu")]
    public int? TitleId { get; set; }

    [BindProperty(SupportsGet = true, Name = "cap")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "khoa-phong")]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "phong-trao")]
    public string? Movement { get; set; }

    [BindProperty(SupportsGet = true, Name = "doi-tuong")]
    public string? Recipient { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public HonorRoll Roll { get; private set; } = null!;

    public bool IsFiltered { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FilterAsync(ct) is not { } filter)
        {
            return NotFound();
        }
        Roll = await recognition.HonorRollAsync(filter, PageNumber, PageSize, ct);
        IsFiltered = !filter.IsEmpty;
        return PageNumber >= 1 && PageNumber <= Roll.Entries.TotalPages ? Page() : NotFound();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        DownloadAsync((name, table) => ExportDownload.Csv(name, table, ExportAudience.Public), ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        DownloadAsync((name, table) => ExportDownload.Xlsx(name, [table], ExportAudience.Public), ct);

    private async Task<IActionResult> DownloadAsync(Func<string, Content.Exports.ExportTable, ExportDownload> download, CancellationToken ct)
    {
        if (await FilterAsync(ct) is not { } filter)
        {
            return NotFound();
        }
        var description = await recognition.DescribeAsync(filter, ct);
        var name = description.Length == 0 ? "Vinh danh" : "Vinh danh " + description.Replace(" · ", " ", StringComparison.Ordinal);
        return download(name, HonorRollExport.Table(recognition.HonorRollEntries(filter), description));
    }

    private Task<HonorRollFilter?> FilterAsync(CancellationToken ct) =>
        recognition.ResolveAsync(new HonorRollSelection(Year, TitleId, Empty(Level), Empty(Department), Empty(Movement), Empty(Recipient)), ct);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The download's URL for the current selection.</summary>
    public string Download(string format) =>
        $"/vinh-danh/{format}" + QueryString.Create(Request.Query
            .Where(q => q.Key != "trang" && !string.IsNullOrEmpty(q.Value))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
}
