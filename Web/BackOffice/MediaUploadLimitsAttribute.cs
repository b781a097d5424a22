using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>
/// Raises the request and multipart limits of the upload page to what <see cref="MediaOptions"/> allows, so a file
/// a little over the per-file limit reaches the media library and gets its Vietnamese message instead of a bare 413.
/// Runs as an authorization filter before the antiforgery check (which reads the form), like
/// <c>[RequestSizeLimit]</c>, but takes its numbers from configuration.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MediaUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (1000), as the framework's own limit filters.</summary>
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxRequestBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
