using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ThiDuaCms.Content.Exports;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Web.Exports;

/// <summary>Who may keep a copy of a download, which decides its Cache-Control.</summary>
public enum ExportAudience
{
    /// <summary>
    /// Public records (the honor roll): a browser may keep the file but must ask again before reusing it, so a
    /// commendation revoked a minute ago is gone from the next download.
    /// </summary>
    Public,

    /// <summary>Back-office data (the yearly report, drafts, personal details): never stored by a browser or a proxy.</summary>
    Private,
}

/// <summary>
/// A table export sent as a file download, written to the response as it is produced (nothing is gathered in memory
/// first), under a Vietnamese file name with an ASCII fallback for old clients. A page handler returns it as an
/// <see cref="IActionResult"/>, an endpoint as an <see cref="IResult"/>. The rows are read while the result executes,
/// still inside the request, so a query over the request's DbContext may feed them.
/// </summary>
public sealed class ExportDownload : IActionResult, IResult
{
    private readonly Func<Stream, CancellationToken, Task> _write;

    private ExportDownload(string name, string extension, string contentType, ExportAudience audience, Func<Stream, CancellationToken, Task> write)
    {
        ContentDisposition = AttachmentHeader(name, extension);
        ContentType = contentType;
        CacheControl = audience == ExportAudience.Public ? "no-cache" : "private, no-store";
        _write = write;
    }

    /// <summary>The table as CSV; <paramref name="name"/> is the file name without extension, e.g. "Vinh danh năm 2024".</summary>
    public static ExportDownload Csv(string name, ExportTable table, ExportAudience audience) =>
        new(name, CsvExport.Extension, CsvExport.ContentType, audience, (body, ct) => CsvExport.WriteAsync(table, body, ct));

    /// <summary>The tables as one XLSX workbook, a sheet each, in order.</summary>
    public static ExportDownload Xlsx(string name, IReadOnlyList<ExportTable> sheets, ExportAudience audience) =>
        new(name, XlsxExport.Extension, XlsxExport.ContentType, audience, (body, ct) => XlsxExport.WriteAsync(sheets, body, ct));

    public string ContentType { get; }

    public string ContentDisposition { get; }

    public string CacheControl { get; }

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    /// <summary>
    /// Sends the headers, then the file as it is written. Should writing fail part-way, the response is already under
    /// way and the server aborts it: the browser reports a failed download rather than keeping a cut-off file.
    /// </summary>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = ContentDisposition;
        response.Headers.CacheControl = CacheControl;
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        return _write(response.Body, httpContext.RequestAborted);
    }

    /// <summary>
    /// <c>attachment; filename="vinh-danh-nam-2024.csv"; filename*=UTF-8''Vinh%20danh%20n%C4%83m%202024.csv</c>: browsers
    /// use the UTF-8 name (RFC 6266); the quoted ASCII one is the name's slug, for clients that know only that. Characters
    /// a file name cannot hold on Windows become spaces.
    /// </summary>
    internal static string AttachmentHeader(string name, string extension)
    {
        var cleaned = string.Join(' ', new string(VietnameseText.Nfc(name)
                .Select(c => c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var ascii = Slug.From(cleaned);
        var header = new ContentDispositionHeaderValue("attachment")
        {
            FileName = (ascii.Length == 0 ? "tai-ve" : ascii) + extension,
            FileNameStar = (cleaned.Length == 0 ? "tai-ve" : cleaned) + extension,
        };
        return header.ToString();
    }
}
