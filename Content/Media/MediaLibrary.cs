using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Media;

/// <summary>Alt text, title and credit as typed in the back office.</summary>
public sealed record MediaDetails(string? AltText, string? Title, string? Credit);

/// <summary>
/// The media library: upload (checked, stripped, turned into variants), describe, find, see where an image is used,
/// delete. The database row is the truth; files in <see cref="IMediaStorage"/> are written before it and removed
/// after it, so a row never points at missing files and a failed upload leaves nothing behind.
/// </summary>
public sealed class MediaLibrary(
    ContentDbContext db,
    IMediaStorage storage,
    ImageVariants imageVariants,
    IOptions<MediaOptions> options,
    ContentPaths paths,
    TimeProvider clock,
    ChangeLog changes,
    AuditLog audit,
    ILogger<MediaLibrary> logger)
{
    public const int MaxAltTextLength = FieldLimits.MediaAltText;
    public const int MaxTitleLength = FieldLimits.MediaTitle;
    public const int MaxCreditLength = FieldLimits.MediaCredit;
    private const int MaxDisplayFileNameLength = 200;
    private const string EntityType = "MediaAsset";

    private MediaOptions Options => options.Value;

    /// <summary>Authors and editors manage the library; the system (seeding, commands) may too.</summary>
    public static bool CanManage(Actor actor) => actor.IsInRole(Roles.Author) || actor.IsInRole(Roles.Editor);

    /// <summary>
    /// Accepts one uploaded image: checks its size, its real type (from its bytes) and its pixel count, makes the
    /// variants, then stores the files and the row. On any refusal or failure nothing is left on disk or in the
    /// database. <paramref name="originalFileName"/> is kept for display only.
    /// </summary>
    public async Task<OperationResult<MediaAsset>> UploadAsync(Stream content, string? originalFileName, Actor actor, CancellationToken ct = default)
    {
        if (!CanManage(actor))
        {
            return OperationResult<MediaAsset>.Fail(MediaMessages.NotAllowed);
        }
        if (content.CanSeek && content.Length - content.Position > Options.MaxUploadBytes)
        {
            return OperationResult<MediaAsset>.Fail(MediaMessages.TooLarge(Options.MaxUploadBytes));
        }

        // A private scratch folder per upload, outside the media directory; removed whatever happens.
        var work = Path.Combine(paths.TempDirectory, "upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var written = new List<string>();
        MediaAsset? added = null;
        try
        {
            var sourcePath = Path.Combine(work, "source");
            var length = await SpoolAsync(content, sourcePath, Options.MaxUploadBytes, ct);
            if (length < 0)
            {
                return OperationResult<MediaAsset>.Fail(MediaMessages.TooLarge(Options.MaxUploadBytes));
            }
            if (length == 0)
            {
                return OperationResult<MediaAsset>.Fail(MediaMessages.Empty);
            }
            if (await ImageSniffer.DetectAsync(sourcePath, ct) is not { } format)
            {
                return OperationResult<MediaAsset>.Fail(MediaMessages.UnsupportedType);
            }
            var processed = await imageVariants.GenerateAsync(sourcePath, format, ct);
            if (!processed.Succeeded)
            {
                return OperationResult<MediaAsset>.Fail(processed.Error!);
            }
            var image = processed.Value!;

            var storedName = MediaKeys.NewStoredName();
            foreach (var variant in image.Variants)
            {
                var key = MediaKeys.Variant(storedName, variant.Width, variant.Format);
                written.Add(key);
                await using var bytes = new MemoryStream(variant.Content, writable: false);
                await storage.PutAsync(key, bytes, ct);
            }
            // The original is kept privately (never served) so the variants can be rebuilt at other sizes
            // without a second lossy generation.
            var originalKey = MediaKeys.Original(storedName, format);
            written.Add(originalKey);
            await using (var original = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            {
                await storage.PutAsync(originalKey, original, ct);
            }

            added = new MediaAsset
            {
                StoredName = storedName,
                OriginalFileName = DisplayFileName(originalFileName),
                ContentType = format.ContentType(),
                Width = image.Width,
                Height = image.Height,
                ByteSize = length,
                AltText = "",
                UploadedAt = clock.GetUtcNow().UtcDateTime,
                VariantWidths = image.Variants.Select(v => v.Width).Distinct().Order().ToArray(),
            };
            db.MediaAssets.Add(added);
            // The audit entry needs the new id; row, audit entry and event exist together or not at all.
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await db.SaveChangesAsync(ct);
                audit.Record(actor, "Tải ảnh lên", EntityType, added.Id, added.OriginalFileName);
                changes.Append(new MediaUploaded(added.Id, storedName));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            written.Clear();
            return OperationResult<MediaAsset>.Ok(added);
        }
        finally
        {
            if (written.Count > 0)
            {
                // Not committed: the row (if any) goes, then the files.
                if (added is not null)
                {
                    db.Entry(added).State = EntityState.Detached;
                }
                await DeleteFilesAsync(written);
            }
            TryDeleteDirectory(work);
        }
    }

    /// <summary>Sets alt text (required: an image without it cannot be used), title and credit.</summary>
    public async Task<OperationResult> UpdateDetailsAsync(int id, MediaDetails details, Actor actor, CancellationToken ct = default)
    {
        if (!CanManage(actor))
        {
            return OperationResult.Fail(MediaMessages.NotAllowed);
        }
        var altText = VietnameseText.NfcOrNull(details.AltText);
        var title = VietnameseText.NfcOrNull(details.Title);
        var credit = VietnameseText.NfcOrNull(details.Credit);
        if (altText is null)
        {
            return OperationResult.Fail(MediaMessages.AltTextRequired, nameof(MediaDetails.AltText));
        }
        if (altText.Length > MaxAltTextLength)
        {
            return OperationResult.Fail(MediaMessages.AltTextTooLong, nameof(MediaDetails.AltText));
        }
        if (title?.Length > MaxTitleLength)
        {
            return OperationResult.Fail(MediaMessages.TitleTooLong, nameof(MediaDetails.Title));
        }
        if (credit?.Length > MaxCreditLength)
        {
            return OperationResult.Fail(MediaMessages.CreditTooLong, nameof(MediaDetails.Credit));
        }
        var asset = await db.MediaAssets.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (asset is null)
        {
            return OperationResult.Fail(MediaMessages.NotFound);
        }
        asset.AltText = altText;
        asset.Title = title;
        asset.Credit = credit;
        audit.Record(actor, "Sửa thông tin ảnh", EntityType, asset.Id, altText);
        changes.Append(new MediaUpdated(asset.Id, asset.StoredName, await IsShownPubliclyAsync(asset, ct)));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok();
    }

    /// <summary>Whether a page the public sees (or will see at its scheduled time) shows the image.</summary>
    private async Task<bool> IsShownPubliclyAsync(MediaAsset asset, CancellationToken ct) =>
        (await UsagesAsync(asset.Id, asset.StoredName, ct)).Any(u => u.BlocksDeletion);

    public Task<MediaAsset?> FindAsync(int id, CancellationToken ct = default) =>
        db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>The image if it may be used on a page (it has alt text), otherwise null.</summary>
    public Task<MediaAsset?> FindUsableAsync(int id, CancellationToken ct = default) =>
        db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.AltText != "", ct);

    /// <summary>
    /// Newest first, one page of the library. The text matches alt text, title or original file name, ignoring
    /// case and diacritics ("benh vien" finds "Bệnh viện").
    /// </summary>
    public async Task<PagedList<MediaAsset>> SearchAsync(MediaQuery query, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var assets = db.MediaAssets.AsNoTracking();
        if (query.UsableOnly)
        {
            assets = assets.Where(m => m.AltText != "");
        }
        var newestFirst = assets.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id);

        if (VietnameseText.NfcOrNull(query.Text) is not { } text)
        {
            var total = await assets.CountAsync(ct);
            var items = await newestFirst.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
            return new PagedList<MediaAsset>(items, page, pageSize, total);
        }

        // SQLite cannot fold Vietnamese diacritics, so match the three short text columns in memory; a hospital's
        // library holds thousands of images, not millions, and only ids of the matching page are loaded in full.
        var needle = SearchKey(text);
        var candidates = await newestFirst
            .Select(m => new { m.Id, m.AltText, m.Title, m.OriginalFileName })
            .ToListAsync(ct);
        var matching = candidates
            .Where(m => SearchKey($"{m.AltText} {m.Title} {m.OriginalFileName}").Contains(needle, StringComparison.Ordinal))
            .Select(m => m.Id)
            .ToList();
        var pageIds = matching.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var loaded = await db.MediaAssets.AsNoTracking().Where(m => pageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return new PagedList<MediaAsset>(pageIds.Select(id => loaded[id]).ToList(), page, pageSize, matching.Count);
    }

    /// <summary>Where the image is used: article covers, article bodies that link it, people's portraits.</summary>
    public async Task<IReadOnlyList<MediaUsage>> UsagesAsync(int id, CancellationToken ct = default)
    {
        var storedName = await db.MediaAssets.Where(m => m.Id == id).Select(m => m.StoredName).FirstOrDefaultAsync(ct);
        return storedName is null ? [] : await UsagesAsync(id, storedName, ct);
    }

    /// <summary>
    /// Deletes the image, its files and its use as cover of unpublished articles. Refused, with the list of pages,
    /// while a published or scheduled article or a person's profile uses it.
    /// </summary>
    public async Task<OperationResult> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (!CanManage(actor))
        {
            return OperationResult.Fail(MediaMessages.NotAllowed);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var asset = await db.MediaAssets.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (asset is null)
        {
            return OperationResult.Fail(MediaMessages.NotFound);
        }
        var blocking = (await UsagesAsync(id, asset.StoredName, ct)).Where(u => u.BlocksDeletion).ToList();
        if (blocking.Count > 0)
        {
            return OperationResult.Fail(
                $"Không thể xóa ảnh này vì đang được dùng trong: {string.Join("; ", blocking.Select(u => u.Describe()))}. " +
                "Hãy gỡ ảnh khỏi các nội dung đó trước.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var covered = db.Articles.Where(a => a.CoverImageId == id);
        var clearedIds = await covered.Select(a => a.Id).ToListAsync(ct);
        // Bump the version too: an editor with the draft open learns that it changed instead of saving a cover
        // that no longer exists.
        await covered.ExecuteUpdateAsync(set => set
            .SetProperty(a => a.CoverImageId, (int?)null)
            .SetProperty(a => a.Version, a => a.Version + 1)
            .SetProperty(a => a.UpdatedAt, now), ct);
        db.MediaAssets.Remove(asset);
        audit.Record(actor, "Xóa ảnh", EntityType, id, asset.AltText.Length > 0 ? asset.AltText : asset.OriginalFileName);
        // Only images no public page shows can be deleted (see BlocksDeletion), so nothing public changes.
        changes.Append(new MediaDeleted(id, asset.StoredName, clearedIds, IsPublic: false));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        // Files go after the commit: a failure here leaves unreferenced files, never a row without its files.
        await DeleteFilesAsync(MediaKeys.All(asset, Options.VariantWidths.Append(asset.Width).Distinct()));
        return OperationResult.Ok();
    }

    /// <summary>
    /// The uploader's file name, reduced to something safe to show: the last path segment only (either slash), no
    /// control characters, NFC, at most 200 characters. Never used to build a path.
    /// </summary>
    public static string DisplayFileName(string? originalFileName)
    {
        var name = Path.GetFileName((originalFileName ?? "").Replace('\\', '/'));
        name = VietnameseText.Nfc(new string(name.Where(c => !char.IsControl(c)).ToArray()));
        if (name.Length > MaxDisplayFileNameLength)
        {
            var cut = char.IsHighSurrogate(name[MaxDisplayFileNameLength - 1]) ? MaxDisplayFileNameLength - 1 : MaxDisplayFileNameLength;
            name = name[..cut];
        }
        return name.Length == 0 ? "ảnh không tên" : name;
    }

    /// <summary>Folded text with file-name separators as spaces, so "benh vien" finds "benh-vien-moi.jpg" too.</summary>
    private static string SearchKey(string text) =>
        string.Join(' ', VietnameseText.Fold(text).Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<IReadOnlyList<MediaUsage>> UsagesAsync(int id, string storedName, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.CoverImageId == id || a.BodyMarkdown.Contains(storedName))
            .OrderBy(a => a.Title)
            .Select(a => new { a.Id, a.Title, a.Slug, a.Status, IsCover = a.CoverImageId == id })
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking()
            .Where(p => p.PhotoId == id)
            .OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.FullName, p.Slug })
            .ToListAsync(ct);
        return articles
            .Select(a => new MediaUsage(a.IsCover ? MediaUsageKind.ArticleCover : MediaUsageKind.ArticleBody, a.Id, a.Title, a.Slug, a.Status))
            .Concat(people.Select(p => new MediaUsage(MediaUsageKind.PersonPhoto, p.Id, p.FullName, p.Slug, null)))
            .ToList();
    }

    /// <summary>Copies the upload to <paramref name="path"/>; returns its length, or -1 as soon as it passes the limit.</summary>
    private static async Task<long> SpoolAsync(Stream content, string path, long limit, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true);
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return -1;
                }
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task DeleteFilesAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                // Not cancellable: cleanup must finish even when the request that caused it was aborted.
                await storage.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Could not delete media file {Key}", key);
            }
        }
    }

    private void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete upload scratch folder {Directory}", directory);
        }
    }
}
