namespace ThiDuaCms.Web;

/// <summary>
/// Headers every response carries: no sniffing, no framing, scripts, styles and images from this site only (article
/// bodies may show only the media library's images, so no tracking pixel from another host), no powerful browser
/// features; no caching of the back office. Kestrel sends no Server header (Program.cs).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Features a hospital news site never needs; only names Chromium knows (an unknown one is a console error).</summary>
    private const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), " +
        "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), " +
        "screen-wake-lock=(), xr-spatial-tracking=()";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        if (context.Request.Path.StartsWithSegments("/quan-tri"))
        {
            // Drafts and account pages must not linger in shared or browser caches.
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
        }
        return next(context);
    }
}
