using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThiDuaCms.Web;

/// <summary>Answers 405 to every method the site does not serve, before any page runs (TRACE, OPTIONS, PUT…).</summary>
internal sealed class AllowedMethods(RequestDelegate next)
{
    public const string Allow = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allow;
        return Task.CompletedTask;
    }
}

/// <summary>
/// A request body the server cannot read (over the size limit, too many form fields, broken multipart, cut off) is
/// the client's fault: 413 or 400 and the Vietnamese error page, never a 500. Logged as a warning.
/// </summary>
internal sealed class UnreadableBodies(RequestDelegate next, ILogger<UnreadableBodies> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && StatusFor(exception, HasBody(context.Request)) is { } status)
        {
            logger.LogWarning(exception, "{Method} {Path}: unreadable request body, answered {Status}.",
                context.Request.Method, context.Request.Path, status);
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    /// <summary>
    /// The client's status for an exception of reading its body; null for anything else (a server fault stays a 500).
    /// The form limits throw InvalidDataException, which only counts when the request has a body to blame.
    /// </summary>
    private static int? StatusFor(Exception exception, bool hasBody) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        ValueProviderException { InnerException: { } inner } when hasBody => StatusFor(inner, hasBody) ?? StatusCodes.Status400BadRequest,
        InvalidDataException when hasBody => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
}

/// <summary>
/// Outside Development the back office's cookies are Secure-only: over plain HTTP (no TLS, no TLS proxy sending
/// X-Forwarded-Proto) they could never be set, and the antiforgery system would throw. Say so instead, and log it.
/// </summary>
internal sealed class BackOfficeRequiresHttps(RequestDelegate next, ILogger<BackOfficeRequiresHttps> logger)
{
    public const string ItemKey = "ThiDuaCms.HttpsRequired";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || !context.Request.Path.StartsWithSegments("/quan-tri"))
        {
            return next(context);
        }
        logger.LogWarning("{Method} {Path} over plain HTTP refused: the back office needs HTTPS or a TLS proxy sending X-Forwarded-Proto.",
            context.Request.Method, context.Request.Path);
        context.Items[ItemKey] = true;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }
}
