using ThiDuaCms.Content.Articles;
using static ThiDuaCms.Content.Articles.DiffLineKind;

namespace ThiDuaCms.Content.Tests.Articles;

public class RevisionDiffTests
{
    [Fact]
    public void Marks_removed_and_added_lines_in_reading_order()
    {
        var lines = RevisionDiff.Lines(
            "Mở đầu.\nĐoạn cũ sẽ bỏ.\nKết luận.",
            "Mở đầu.\nKết luận.\nĐoạn mới thêm.");

        Assert.Equal(
            [(Unchanged, "Mở đầu."), (Removed, "Đoạn cũ sẽ bỏ."), (Unchanged, "Kết luận."), (Added, "Đoạn mới thêm.")],
            lines.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void A_changed_line_is_one_removal_and_one_addition()
    {
        var lines = RevisionDiff.Lines("Năm 2025 có 12 sáng kiến.", "Năm 2026 có 15 sáng kiến.");

        Assert.Equal([(Removed, "Năm 2025 có 12 sáng kiến."), (Added, "Năm 2026 có 15 sáng kiến.")], lines.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Identical_text_has_no_changes()
    {
        const string text = "## Kết quả\n\n- Giảm đau\n- Hài lòng";

        var lines = RevisionDiff.Lines(text, text);

        Assert.All(lines, l => Assert.Equal(Unchanged, l.Kind));
        Assert.Equal(text.Split('\n'), lines.Select(l => l.Text));
    }

    [Fact]
    public void Line_endings_are_not_changes()
    {
        // Browsers post a textarea with CRLF; the seed and the services write LF.
        var lines = RevisionDiff.Lines("Mở đầu.\nĐoạn hai.\nKết.", "Mở đầu.\r\nĐoạn hai.\r\nKết.");

        Assert.All(lines, l => Assert.Equal(Unchanged, l.Kind));
        Assert.Equal(["Mở đầu.", "Đoạn hai.", "Kết."], lines.Select(l => l.Text));
    }

    [Fact]
    public void Comparing_revisions_covers_the_title_and_summary_too()
    {
        var older = new ArticleRevision { Number = 1, Title = "Tiêu đề cũ", Summary = "Tóm tắt.", BodyMarkdown = "Thân bài." };
        var newer = new ArticleRevision { Number = 2, Title = "Tiêu đề mới", Summary = "Tóm tắt.", BodyMarkdown = "Thân bài." };

        var changes = RevisionDiff.Compare(older, newer).Where(l => l.Kind != Unchanged).Select(l => (l.Kind, l.Text));

        Assert.Equal([(Removed, "# Tiêu đề cũ"), (Added, "# Tiêu đề mới")], changes);
    }
}
