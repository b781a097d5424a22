using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellTextElement = DocumentFormat.OpenXml.Spreadsheet.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

/// <summary>A number cell with a date format, as Excel stores a date: built-in format 14, or a custom code.</summary>
internal sealed record DateValue(DateTime Value, string? Format = null, uint BuiltinFormat = 14);

/// <summary>A number cell with a number format ("#,##0.00").</summary>
internal sealed record FormattedNumber(double Value, string Format);

/// <summary>A formula cell with the value the writing program cached.</summary>
internal sealed record Formula(string Expression, object Cached);

/// <summary>Rich text: runs in several fonts, and optionally a phonetic hint (rPh) that is not part of the text.</summary>
internal sealed record RichText(string[] Runs, string? Phonetic = null);

internal sealed record TestSheet(string Name, object?[]?[] Rows, bool Hidden = false);

/// <summary>
/// Workbooks made with the Open XML SDK: with a shared-string table as Excel and the SDK write them, or with inline
/// strings as LibreOffice writes them. A null row is a blank row (its number skipped); a null cell is no cell.
/// </summary>
internal static class TestWorkbooks
{
    public static byte[] Build(bool inlineStrings, params TestSheet[] sheets) => Build(inlineStrings, cellReferences: true, sheets);

    public static byte[] Build(bool inlineStrings, bool cellReferences, params TestSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var styles = new Styles();
            var sharedStrings = new SharedStrings();

            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Length; r++)
                {
                    if (sheet.Rows[r] is not { } cells)
                    {
                        continue;
                    }
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (cells[c] is { } value)
                        {
                            var cell = MakeCell(value, inlineStrings, styles, sharedStrings);
                            if (cellReferences)
                            {
                                cell.CellReference = SheetColumns.Name(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                            }
                            row.Append(cell);
                        }
                    }
                    data.Append(row);
                }
                worksheetPart.Worksheet = new Worksheet(data);
                workbookPart.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(worksheetPart),
                    SheetId = sheetId++,
                    Name = sheet.Name,
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
            }

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = styles.ToStylesheet();
            if (!inlineStrings)
            {
                var table = workbookPart.AddNewPart<SharedStringTablePart>();
                table.SharedStringTable = new SharedStringTable(sharedStrings.Items);
            }
        }
        return stream.ToArray();
    }

    private static Cell MakeCell(object value, bool inlineStrings, Styles styles, SharedStrings sharedStrings)
    {
        switch (value)
        {
            case string text when inlineStrings:
                // LibreOffice's form: <c t="inlineStr"><is><t>…</t></is></c>
                return new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new CellTextElement(text) { Space = SpaceProcessingModeValues.Preserve }),
                };
            case string text:
                return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(sharedStrings.Add(text)) };
            case RichText rich:
                var runs = rich.Runs.Select(r => new Run(new RunProperties(new Bold()), new CellTextElement(r) { Space = SpaceProcessingModeValues.Preserve }));
                if (inlineStrings)
                {
                    return new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(runs) };
                }
                var item = new SharedStringItem(runs);
                if (rich.Phonetic is not null)
                {
                    item.Append(new PhoneticRun(new CellTextElement(rich.Phonetic)) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
                }
                return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(sharedStrings.Add(item)) };
            case DateValue date:
                return new Cell
                {
                    CellValue = new CellValue(date.Value.ToOADate().ToString(CultureInfo.InvariantCulture)),
                    StyleIndex = styles.For(date.Format, date.BuiltinFormat),
                };
            case FormattedNumber number:
                return new Cell
                {
                    CellValue = new CellValue(number.Value.ToString("R", CultureInfo.InvariantCulture)),
                    StyleIndex = styles.For(number.Format, 0),
                };
            case Formula formula:
                var cell = MakeCell(formula.Cached, inlineStrings: false, styles, sharedStrings);
                if (formula.Cached is string cachedText)
                {
                    cell = new Cell { DataType = CellValues.String, CellValue = new CellValue(cachedText) };
                }
                cell.CellFormula = new CellFormula(formula.Expression);
                return cell;
            case double or int or long:
                return new Cell { CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)) };
            default:
                throw new ArgumentException($"No cell for {value.GetType()}.", nameof(value));
        }
    }

    /// <summary>The shared-string table: each plain text once, each rich-text item on its own.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

        public List<SharedStringItem> Items { get; } = [];

        public int Add(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = Add(new SharedStringItem(new CellTextElement(text) { Space = SpaceProcessingModeValues.Preserve }));
                indexes[text] = index;
            }
            return index;
        }

        public int Add(SharedStringItem item)
        {
            Items.Add(item);
            return Items.Count - 1;
        }
    }

    /// <summary>Cell formats: 0 is the default, then one per number format used.</summary>
    private sealed class Styles
    {
        private readonly List<uint> formatIds = [0];
        private readonly Dictionary<string, uint> customIds = [];

        public uint For(string? customFormat, uint builtinFormat)
        {
            var formatId = builtinFormat;
            if (customFormat is not null && !customIds.TryGetValue(customFormat, out formatId))
            {
                formatId = (uint)(164 + customIds.Count);
                customIds[customFormat] = formatId;
            }
            var index = formatIds.IndexOf(formatId);
            if (index < 0)
            {
                index = formatIds.Count;
                formatIds.Add(formatId);
            }
            return (uint)index;
        }

        public Stylesheet ToStylesheet()
        {
            var stylesheet = new Stylesheet();
            if (customIds.Count > 0)
            {
                stylesheet.Append(new NumberingFormats(customIds.Select(c => new NumberingFormat { NumberFormatId = c.Value, FormatCode = c.Key })));
            }
            stylesheet.Append(new Fonts(new Font()));
            stylesheet.Append(new Fills(new Fill()));
            stylesheet.Append(new Borders(new Border()));
            stylesheet.Append(new CellFormats(formatIds.Select(id => new CellFormat { NumberFormatId = id, ApplyNumberFormat = id != 0 })));
            return stylesheet;
        }
    }

    /// <summary>A zip that is no workbook: what a renamed .zip or an export gone wrong looks like.</summary>
    public static byte[] ZipWithoutWorkbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open(), Encoding.UTF8);
            entry.Write("Không phải bảng tính");
        }
        return stream.ToArray();
    }
}

/// <summary>The reader as the import runs it, and the commendation import's columns (issue 8) as the fields.</summary>
internal static class Reading
{
    public static readonly SheetField[] CommendationFields =
    [
        new("FullName", true, "Họ và tên", "Họ tên"),
        new("Position", false, "Chức danh", "Chức vụ"),
        new("Department", true, "Khoa/phòng", "Khoa phòng", "Đơn vị"),
        new("Title", true, "Danh hiệu/hình thức", "Danh hiệu", "Hình thức khen thưởng"),
        new("Authority", true, "Cấp khen thưởng"),
        new("Year", true, "Năm"),
        new("DecisionNumber", true, "Số quyết định", "Số QĐ"),
        new("DecisionDate", true, "Ngày quyết định", "Ngày QĐ"),
        new("Movement", false, "Phong trào"),
        new("Citation", false, "Thành tích"),
    ];

    public static readonly SpreadsheetLimits Limits = new(maxBytes: 10 * 1024 * 1024, maxRows: 5000);

    public static readonly string[] Header =
        ["Họ và tên", "Chức danh", "Khoa/phòng", "Danh hiệu/hình thức", "Cấp khen thưởng", "Năm", "Số quyết định", "Ngày quyết định", "Phong trào", "Thành tích"];

    public static Task<ThiDuaCms.Content.OperationResult<SheetTable>> ReadAsync(byte[] bytes, string fileName,
        SpreadsheetLimits? limits = null, IReadOnlyList<SheetField>? fields = null) =>
        new SpreadsheetReader(NullLogger<SpreadsheetReader>.Instance)
            .ReadAsync(new MemoryStream(bytes), fileName, fields ?? CommendationFields, limits ?? Limits, CancellationToken.None);

    public static SheetTable Table(this ThiDuaCms.Content.OperationResult<SheetTable> result)
    {
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }
}
