using System.Text.RegularExpressions;

namespace ThiDuaCms.Content.Media;

/// <summary>Media on the local disk, under <see cref="ContentPaths.MediaDirectory"/>.</summary>
public sealed partial class LocalMediaStorage(ContentPaths paths) : IMediaStorage
{
    private readonly string _root = Path.GetFullPath(paths.MediaDirectory);

    public async Task PutAsync(string key, Stream content, CancellationToken ct = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target, then rename: a reader sees the old file or the whole new one, never a part.
        var partial = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Keys are made by <see cref="MediaKeys"/>; this check is the last line in case one ever is not: only plain
    /// lower-case names in at most one folder, and the result must stay under the media directory.
    /// </summary>
    private string PathOf(string key)
    {
        if (!SafeKey().IsMatch(key))
        {
            throw new ArgumentException($"Not a media storage key: '{key}'.", nameof(key));
        }
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Media storage key leaves the media directory: '{key}'.", nameof(key));
        }
        return path;
    }

    [GeneratedRegex("^(?:[a-z0-9][a-z0-9_-]*/)?[a-z0-9][a-z0-9_-]*(?:\\.[a-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeKey();
}
