namespace ThiDuaCms.Content;

/// <summary>Where the embedded default keeps its files: everything under one data directory.</summary>
public sealed class ContentPaths
{
    public ContentPaths(string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }
    public string DatabaseFile => Path.Combine(DataDirectory, "thiduacms.db");
    public string MediaDirectory => Path.Combine(DataDirectory, "media");
    /// <summary>Scratch space (uploads being checked); anything in it may be deleted when the site is stopped.</summary>
    public string TempDirectory => Path.Combine(DataDirectory, "tmp");
    public string SqliteConnectionString => $"Data Source={DatabaseFile}";
}
