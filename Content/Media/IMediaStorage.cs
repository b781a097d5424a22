namespace ThiDuaCms.Content.Media;

/// <summary>
/// Where media files are kept, by relative key (see <see cref="MediaKeys"/>). The embedded default is the local
/// disk; a deployment on several machines can put an object store behind the same interface.
/// </summary>
public interface IMediaStorage
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing any file there; readers never see a half-written file.</summary>
    Task PutAsync(string key, Stream content, CancellationToken ct = default);

    /// <summary>Opens the file for reading, or returns null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);

    /// <summary>Removes the file; a missing file is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);
}
