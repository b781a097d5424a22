namespace ThiDuaCms.Web;

/// <summary>Headers every response carries: no sniffing, no framing, scripts and styles from this site only; no caching of the back office.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (context.Request.Path.StartsWithSegments("/quan-tri"))
        {
            // Drafts and account pages must not linger in shared or browser caches.
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
        }
        return next(context);
    }
}
