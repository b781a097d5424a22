namespace ThiDuaCms.Content;

/// <summary>Settings of the content core, bound from the "Content" section.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder holding the SQLite database, media and search index; relative paths are under the app's content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Articles per page on the column and archive lists.</summary>
    public int PageSize { get; set; } = 12;

    /// <summary>Seed the demo hospital's content into an empty database at start.</summary>
    public bool SeedDemoContent { get; set; }
}
