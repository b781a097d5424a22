using System.Globalization;
using System.Text;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

public class CsvReadingTests
{
    private const string Header =
        "Họ và tên,Chức danh,Khoa/phòng,Danh hiệu/hình thức,Cấp khen thưởng,Năm,Số quyết định,Ngày quyết định,Phong trào,Thành tích";
    private const string Lan =
        "Nguyễn Thị Lan,Điều dưỡng trưởng,Khoa Nhi,Chiến sĩ thi đua cơ sở,Giám đốc Sở Y tế,2024,152/QĐ-SYT,20/12/2024,,\"Hoàn thành xuất sắc nhiệm vụ, có sáng kiến\"";
    private const string Hoa =
        "Đặng Văn Hòa,Bác sĩ,Khoa Ngoại,Lao động tiên tiến,Giám đốc Bệnh viện,2024,35/QĐ-BV,8/1/2025,,";

    private static readonly string Csv = $"{Header}\r\n{Lan}\r\n{Hoa}\r\n";

    private static byte[] Utf8(string text, bool bom) => [.. bom ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(text)];

    private static void AssertTheTwoRows(SheetTable table)
    {
        Assert.Null(table.SheetName);
        Assert.True(table.Headers.HasAllRequired);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
        Assert.Equal("Nguyễn Thị Lan", table.Rows[0]["FullName"].Text);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ, có sáng kiến", table.Rows[0]["Citation"].Text);
        Assert.Equal("152/QĐ-SYT", table.Rows[0]["DecisionNumber"].Text);
        Assert.Equal("Đặng Văn Hòa", table.Rows[1]["FullName"].Text);
        Assert.Equal(new DateOnly(2025, 1, 8), SheetValues.Date(table.Rows[1]["DecisionDate"], "Ngày quyết định").Value);
        Assert.All(table.Rows.SelectMany(r => r.Cells), c => Assert.True(c.Text.IsNormalized(NormalizationForm.FormC)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Utf8_with_or_without_a_byte_order_mark_reads(bool bom) =>
        AssertTheTwoRows((await Reading.ReadAsync(Utf8(Csv, bom), "khen-thuong.csv")).Table());

    [Fact]
    public async Task Semicolons_as_Excel_in_Vietnamese_writes_them_are_told_from_the_header()
    {
        var semicolons = string.Join("\r\n", Csv.Split("\r\n").Select(SemicolonLine));

        AssertTheTwoRows((await Reading.ReadAsync(Utf8(semicolons, bom: true), "khen-thuong.csv")).Table());
    }

    [Fact]
    public async Task The_delimiter_is_told_from_the_header_not_from_a_bare_title_line_above_it()
    {
        var text = "DANH SÁCH KHEN THƯỞNG NĂM 2024\r\n" + string.Join("\r\n", Csv.Split("\r\n").Select(SemicolonLine));

        var table = (await Reading.ReadAsync(Utf8(text, bom: true), "khen-thuong.csv")).Table();

        Assert.Equal(2, table.HeaderRowNumber);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ, có sáng kiến", table.Rows[0]["Citation"].Text);
    }

    [Fact]
    public async Task An_Excel_sep_line_names_the_delimiter()
    {
        var text = "sep=;\r\n" + string.Join("\r\n", Csv.Split("\r\n").Select(SemicolonLine));

        var table = (await Reading.ReadAsync(Utf8(text, bom: false), "khen-thuong.csv")).Table();

        Assert.Equal("Nguyễn Thị Lan", table.Rows[0]["FullName"].Text);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_reads() =>
        AssertTheTwoRows((await Reading.ReadAsync([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Csv)], "khen-thuong.csv")).Table());

    [Fact]
    public async Task Windows_1258_with_combining_tone_marks_reads_back_as_composed_text()
    {
        var bytes = Windows1258(Csv);
        Assert.Contains((byte)0xDE, bytes); // the combining tilde of "Nguyễn": the tone marks really are separate
        Assert.Contains((byte)0xEC, bytes); // combining acute
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        AssertTheTwoRows((await Reading.ReadAsync(bytes, "khen-thuong.csv")).Table());
    }

    public static TheoryData<string, byte[]> Undecodable => new()
    {
        { "Windows-1252 German", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Name,Abteilung\r\nMüller,Größe\r\n") },
        { "Shift-JIS", CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes("氏名,部署\r\n山田太郎,内科\r\n") },
        { "UTF-16 without its mark", Encoding.Unicode.GetBytes(Header) },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        { "UTF-8 BOM then invalid bytes", [0xEF, 0xBB, 0xBF, (byte)'H', 0xC3, 0x28] },
        { "tone mark on a consonant", [(byte)'N', 0xDE, (byte)'g', (byte)',', (byte)'x'] },
    };

    [Theory]
    [MemberData(nameof(Undecodable))]
    public async Task An_encoding_it_cannot_read_is_refused(string kind, byte[] bytes)
    {
        var result = await Reading.ReadAsync(bytes, "khen-thuong.csv");

        Assert.False(result.Succeeded, kind);
        Assert.Equal(SpreadsheetMessages.UnreadableEncoding, result.Error);
    }

    [Fact]
    public async Task Decomposed_text_arrives_composed() =>
        AssertTheTwoRows((await Reading.ReadAsync(Utf8(Csv.Normalize(NormalizationForm.FormD), bom: false), "khen-thuong.csv")).Table());

    [Fact]
    public async Task Rows_are_numbered_as_Excel_shows_them_blank_lines_and_line_breaks_in_quotes_included()
    {
        var text = $"DANH SÁCH KHEN THƯỞNG\r\n\r\n{Header}\r\n\"Nguyễn Thị\r\nLan\",,Khoa Nhi\r\n\r\n,,,\r\n{Hoa}\r\n";

        var table = (await Reading.ReadAsync(Utf8(text, bom: true), "khen-thuong.csv")).Table();

        Assert.Equal(3, table.HeaderRowNumber);
        Assert.Equal([4, 7], table.Rows.Select(r => r.Number));
        Assert.Equal("Nguyễn Thị Lan", table.Rows[0]["FullName"].Text);
    }

    [Fact]
    public async Task Text_starting_with_a_formula_character_stays_literal()
    {
        var text = $"{Header}\r\n=HYPERLINK(\"x\"),+84 912,@Khoa,\"=1+1\",-5\r\n";

        var row = (await Reading.ReadAsync(Utf8(text, bom: false), "a.csv")).Table().Rows.Single();

        Assert.Equal(["=HYPERLINK(\"x\")", "+84 912", "@Khoa", "=1+1", "-5"], row.Cells.Take(5).Select(c => c.Text));
    }

    [Fact]
    public async Task A_csv_with_nothing_but_blank_lines_is_refused() =>
        Assert.Equal(SpreadsheetMessages.EmptyCsv, (await Reading.ReadAsync(Utf8("\r\n  \r\n,,\r\n,\r\n", bom: true), "a.csv")).Error);

    [Fact]
    public async Task A_csv_with_only_its_header_is_refused() =>
        Assert.Equal(SpreadsheetMessages.HeaderOnly(1), (await Reading.ReadAsync(Utf8(Header + "\r\n", bom: true), "a.csv")).Error);

    [Fact]
    public async Task More_rows_than_the_bound_are_refused() =>
        Assert.Equal(SpreadsheetMessages.TooManyRows(1),
            (await Reading.ReadAsync(Utf8(Csv, bom: true), "a.csv", new SpreadsheetLimits(1024, maxRows: 1))).Error);

    private static string SemicolonLine(string line)
    {
        // Commas outside quotes become semicolons; the quoted citation keeps its comma.
        var builder = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            quoted ^= c == '"';
            builder.Append(c == ',' && !quoted ? ';' : c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The text as Excel saves "CSV" on a Vietnamese Windows: code page 1258, where ă â ê ô ơ ư đ are single bytes
    /// but most toned vowels are a base letter followed by a combining tone mark.
    /// </summary>
    private static byte[] Windows1258(string text)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        var letters = new StringBuilder();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            // One letter: its base, the marks that make it ă â ê ô ơ ư (composed), then its tone mark (kept apart).
            var letter = new StringBuilder().Append(decomposed[i]);
            var tone = "";
            while (i + 1 < decomposed.Length && char.GetUnicodeCategory(decomposed[i + 1]) == UnicodeCategory.NonSpacingMark)
            {
                var mark = decomposed[++i];
                if (mark is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
                {
                    tone += mark;
                }
                else
                {
                    letter.Append(mark);
                }
            }
            letters.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tone);
        }
        return encoding.GetBytes(letters.ToString());
    }
}
