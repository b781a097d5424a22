using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ThiDuaCms.Content.Articles;

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

/// <summary>Line-by-line differences between two revisions' text (DiffPlex).</summary>
public static class RevisionDiff
{
    public static IReadOnlyList<DiffLine> Compare(ArticleRevision older, ArticleRevision newer) =>
        Lines(Text(older), Text(newer));

    public static IReadOnlyList<DiffLine> Lines(string older, string newer) =>
        InlineDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false).Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => new DiffLine(l.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Added,
                ChangeType.Deleted => DiffLineKind.Removed,
                _ => DiffLineKind.Unchanged,
            }, l.Text))
            .ToList();

    // Title and summary belong to what an editor compares, not only the body.
    private static string Text(ArticleRevision r) =>
        $"# {r.Title}\n\n{r.Summary}\n\n{r.BodyMarkdown}";
}
