using Microsoft.Net.Http.Headers;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Web.Endpoints;

/// <summary>Serves image variants at <c>/media/{storedName}-{width}.{webp|jpg}</c>.</summary>
public static class MediaEndpoints
{
    /// <summary>A variant's name never changes content (a new upload gets a new name), so browsers and proxies may keep it a year.</summary>
    private const string ImmutableForAYear = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/media/{fileName}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string fileName, IMediaStorage storage, HttpContext context, CancellationToken ct)
    {
        // Only names the library makes: a path, "..", an original or any other extension is simply not found.
        if (!MediaKeys.TryParseVariant(fileName, out var contentType))
        {
            return Results.NotFound();
        }
        var content = await storage.OpenReadAsync(fileName, ct);
        if (content is null)
        {
            return Results.NotFound();
        }
        context.Response.Headers.CacheControl = ImmutableForAYear;
        return Results.Stream(content, contentType, entityTag: new EntityTagHeaderValue($"\"{fileName}\""), enableRangeProcessing: true);
    }
}
