using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace ThiDuaCms.Content.Exports;

/// <summary>
/// Writes tables as an XLSX workbook, one sheet each, streamed: every cell is an inline string with the text number
/// format, so nothing becomes a number, a date or a formula, and rows go out as they come (20,000 rows never become a
/// document in memory). Bold header row, frozen under the headings; headings merged across the table; column widths
/// from the header and the first rows; landscape A4, one page wide, header repeated on every printed page.
/// </summary>
/// <remarks>
/// The package is written with <see cref="ZipArchive"/> rather than the SDK's <c>SpreadsheetDocument</c>, which needs a
/// seekable stream and keeps every part in memory until it is saved; each part is written by the SDK's
/// <see cref="OpenXmlPartWriter"/> from its typed elements.
/// </remarks>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Extension = ".xlsx";

    /// <summary>Excel's limit for the text of one cell; a longer cell makes Excel "repair" the file.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>How many rows are read ahead to size the columns (the widths come before the rows in the file).</summary>
    private const int SampleRows = 100;

    /// <summary>Output is handed on in pieces of about this size.</summary>
    private const int DrainBytes = 32 * 1024;

    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint TitleStyle = 3;
    private const uint HeadingStyle = 4;

    /// <summary>Writes a workbook with one sheet per table, in order, to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(IReadOnlyList<ExportTable> sheets, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(output);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }
        var names = SheetNames(sheets);
        using var spool = new SpoolStream();
        using (var zip = new ZipArchive(spool, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteText(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
            WriteText(zip, "_rels/.rels", PackageRelationships);
            WriteText(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count));
            WritePart(zip, "xl/workbook.xml", SheetList(sheets, names));
            WritePart(zip, "xl/styles.xml", Styles());
            for (var i = 0; i < sheets.Count; i++)
            {
                await WriteSheetAsync(zip, i + 1, sheets[i], spool, output, cancellationToken);
            }
        }
        await spool.DrainAsync(output, cancellationToken);
    }

    /// <summary>Writes one table as a one-sheet workbook.</summary>
    public static Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken) =>
        WriteAsync([table], output, cancellationToken);

    private static async Task WriteSheetAsync(
        ZipArchive zip, int number, ExportTable table, SpoolStream spool, Stream output, CancellationToken cancellationToken)
    {
        await using var rows = table.Rows.GetAsyncEnumerator(cancellationToken);
        var sample = new List<IReadOnlyList<string?>>();
        var more = true;
        while (sample.Count < SampleRows && (more = await rows.MoveNextAsync()))
        {
            sample.Add(rows.Current);
        }
        var widths = table.ColumnWidths ?? EstimateWidths(table.Header, sample);
        var columns = Math.Max(table.Header.Count, widths.Count);
        var headerRow = table.Headings.Count + 1;

        var entry = zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Fastest);
        using var stream = entry.Open();
        using var writer = new OpenXmlPartWriter(stream, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = headerRow,
            TopLeftCell = $"A{headerRow + 1}",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = width,
            CustomWidth = true,
        })));

        writer.WriteStartElement(new SheetData());
        var rowNumber = 0;
        for (var i = 0; i < table.Headings.Count; i++)
        {
            WriteRow(writer, ++rowNumber, [table.Headings[i]], i == 0 ? TitleStyle : HeadingStyle);
        }
        WriteRow(writer, ++rowNumber, table.Header, HeaderStyle);
        foreach (var row in sample)
        {
            WriteRow(writer, ++rowNumber, row, BodyStyle);
        }
        while (more && await rows.MoveNextAsync())
        {
            WriteRow(writer, ++rowNumber, rows.Current, BodyStyle);
            if (spool.Pending >= DrainBytes)
            {
                await spool.DrainAsync(output, cancellationToken);
            }
        }
        writer.WriteEndElement();

        if (table.Headings.Count > 0 && columns > 1)
        {
            writer.WriteElement(new MergeCells(Enumerable.Range(1, table.Headings.Count)
                .Select(r => new MergeCell { Reference = $"A{r}:{ColumnName(columns - 1)}{r}" })));
        }
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, IReadOnlyList<string?> cells, uint style)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        for (var i = 0; i < cells.Count; i++)
        {
            var text = Truncate(SpreadsheetText.Clean(cells[i]));
            if (text.Length == 0)
            {
                continue;
            }
            writer.WriteElement(new Cell(new InlineString(new CellText(text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = ColumnName(i) + rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }
        writer.WriteEndElement();
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxCellLength)
        {
            return text;
        }
        var length = char.IsHighSurrogate(text[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
        return text[..length];
    }

    /// <summary>"A", …, "Z", "AA", …: the letters of a zero-based column index.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>
    /// Each column as wide as its longest line among the header and the sampled rows, in characters, within 8 and 60
    /// (longer text wraps: body cells wrap, so a long citation makes a taller row, not a column off the page).
    /// </summary>
    internal static IReadOnlyList<int> EstimateWidths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> sample)
    {
        var widths = new int[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            // Bold text is a little wider.
            var longest = (int)Math.Ceiling(LongestLine(header[i]) * 1.15);
            foreach (var row in sample)
            {
                if (i < row.Count)
                {
                    longest = Math.Max(longest, LongestLine(row[i]));
                }
            }
            widths[i] = Math.Clamp(longest + 2, 8, 60);
        }
        return widths;
    }

    private static int LongestLine(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : text.Split('\n').Max(line => line.TrimEnd('\r').Length);

    /// <summary>
    /// Names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
    /// unique without regard to case ("Danh sách", "Danh sách (2)").
    /// </summary>
    internal static IReadOnlyList<string> SheetNames(IReadOnlyList<ExportTable> sheets)
    {
        const int MaxLength = 31;
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(sheets.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            var cleaned = new string(SpreadsheetText.Clean(sheets[i].Name)
                .Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? ' ' : c).ToArray())
                .Trim().Trim('\'').Trim();
            if (cleaned.Length == 0)
            {
                cleaned = $"Trang {i + 1}";
            }
            cleaned = cleaned.Length > MaxLength ? cleaned[..MaxLength].TrimEnd() : cleaned;
            var name = cleaned;
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = $" ({n})";
                name = cleaned[..Math.Min(cleaned.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
            }
            names.Add(name);
        }
        return names;
    }

    private static Workbook SheetList(IReadOnlyList<ExportTable> sheets, IReadOnlyList<string> names)
    {
        var workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(names.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" })));
        // The header row is repeated at the top of every printed page.
        workbook.Append(new DefinedNames(sheets.Select((sheet, i) =>
        {
            var headerRow = sheet.Headings.Count + 1;
            return new DefinedName($"'{names[i].Replace("'", "''", StringComparison.Ordinal)}'!${headerRow}:${headerRow}")
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)i,
            };
        })));
        return workbook;
    }

    /// <summary>
    /// Times New Roman, the font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP), so a report can be
    /// sent as it is. Styles: 0 default, 1 body text, 2 bold header on the theme's soft green with a rule under it,
    /// 3 the title, 4 the other heading lines. Styles 1 and 2 carry the text number format (@), so a cell the clerk
    /// edits stays text.
    /// </summary>
    private static Stylesheet Styles()
    {
        static Font Font(double size, bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "Times New Roman" })
            : new Font(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
        static Border Border(bool ruled) => new(
            new LeftBorder(), new RightBorder(), new TopBorder(),
            ruled ? new BottomBorder(new Color { Rgb = "FF0B5D4B" }) { Style = BorderStyleValues.Thin } : new BottomBorder(),
            new DiagonalBorder());
        static Alignment Wrapped() => new() { Vertical = VerticalAlignmentValues.Top, WrapText = true };
        const uint TextFormat = 49; // "@"

        return new Stylesheet(
            new Fonts(Font(12, bold: false), Font(12, bold: true), Font(14, bold: true)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7F2EE" }) { PatternType = PatternValues.Solid })),
            new Borders(Border(ruled: false), Border(ruled: true)),
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(Wrapped())
                {
                    NumberFormatId = TextFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0,
                    ApplyNumberFormat = true, ApplyAlignment = true,
                },
                new CellFormat(Wrapped())
                {
                    NumberFormatId = TextFormat, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                    ApplyNumberFormat = true, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
                },
                new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }),
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>""" +
        """</Relationships>""";

    private static string ContentTypes(int sheetCount) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""" +
        string.Concat(Enumerable.Range(1, sheetCount).Select(n =>
            $"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""")) +
        """</Types>""";

    /// <summary>Sheets are rId1…rIdN (the workbook's sheet list names them so); styles come after.</summary>
    private static string WorkbookRelationships(int sheetCount) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        string.Concat(Enumerable.Range(1, sheetCount).Select(n =>
            $"""<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>""")) +
        $"""<Relationship Id="rId{sheetCount + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""" +
        """</Relationships>""";

    private static void WriteText(ZipArchive zip, string path, string xml)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static void WritePart(ZipArchive zip, string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = new OpenXmlPartWriter(stream, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }
}
