namespace ThiDuaCms.Content.Accounts;

/// <summary>The back office's roles, named as the hospital names them.</summary>
public static class Roles
{
    /// <summary>Users and settings, the audit log.</summary>
    public const string Administrator = "Quản trị";
    /// <summary>Publishes, schedules and archives any article.</summary>
    public const string Editor = "Biên tập";
    /// <summary>Writes drafts and submits them for review; edits only their own drafts.</summary>
    public const string Author = "Tác giả";
    /// <summary>People, departments, commendations and initiatives.</summary>
    public const string RecognitionClerk = "Thi đua – Khen thưởng";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Author, RecognitionClerk];

    /// <summary>Accepts the Vietnamese name or a plain ASCII alias (quan-tri, bien-tap, tac-gia, thi-dua) typed in a terminal.</summary>
    public static string? Parse(string text)
    {
        var key = Text.Slug.From(text);
        return All.FirstOrDefault(r => Text.Slug.From(r) == key) ?? key switch
        {
            "admin" or "administrator" => Administrator,
            "editor" => Editor,
            "author" => Author,
            "clerk" or "thi-dua" => RecognitionClerk,
            _ => null,
        };
    }
}
