using System.Globalization;
using System.IO.Packaging;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging;
using CellTextElement = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// Reads an .xlsx with the Open XML SDK's forward-only reader, a row at a time: the workbook, styles and shared
/// strings are loaded, each worksheet is streamed. Formulas are never evaluated: a formula cell reads as the value the
/// writing program cached, and a text starting with '=' is just text.
/// </summary>
internal sealed partial class XlsxTableReader
{
    private readonly List<string> sharedStrings;
    private readonly NumberKind[] styleKinds;
    private readonly bool date1904;

    private XlsxTableReader(WorkbookPart workbookPart)
    {
        sharedStrings = ReadSharedStrings(workbookPart.SharedStringTablePart);
        styleKinds = ReadStyleKinds(workbookPart.WorkbookStylesPart?.Stylesheet);
        date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
    }

    /// <summary>
    /// The first visible worksheet whose header row names every required field; when none does, the one naming the
    /// most fields, so the clerk is told which columns are missing. Hidden sheets (lookup lists) are not read.
    /// </summary>
    public static OperationResult<SheetTable> Read(Stream stream, IReadOnlyList<SheetField> fields,
        SpreadsheetLimits limits, ILogger logger, CancellationToken ct)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            if (document.WorkbookPart?.Workbook?.Sheets is not { } sheets)
            {
                return OperationResult<SheetTable>.Fail(SpreadsheetMessages.NotAWorkbook);
            }
            var reader = new XlsxTableReader(document.WorkbookPart);
            (string Name, WorksheetPart Part, RawRow Header, HeaderMatch Match)? chosen = null;
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                ct.ThrowIfCancellationRequested();
                if (sheet.State?.Value is { } state && state != SheetStateValues.Visible
                    || sheet.Id?.Value is not { } id
                    || document.WorkbookPart.GetPartById(id) is not WorksheetPart part
                    || SheetTableBuilder.FindHeader(reader.Rows(part, ct), fields) is not { } header)
                {
                    continue;
                }
                if (chosen is null || header.Match.Mapped.Count > chosen.Value.Match.Mapped.Count)
                {
                    chosen = (sheet.Name?.Value ?? "", part, header.Row, header.Match);
                }
                if (header.Match.HasAllRequired)
                {
                    break;
                }
            }
            if (chosen is not { } table)
            {
                return OperationResult<SheetTable>.Fail(SpreadsheetMessages.EmptyWorkbook);
            }
            return SheetTableBuilder.Build(table.Name, table.Header, table.Match, reader.Rows(table.Part, ct), limits, ct);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException
            or XmlException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            // Not a zip, a zip with no workbook (a .docx renamed), or a damaged part. The clerk reads the message;
            // the log keeps what the SDK said, for the file someone swears Excel opens.
            logger.LogInformation(e, "An uploaded .xlsx was refused as not a workbook");
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.NotAWorkbook);
        }
    }

    private IEnumerable<RawRow> Rows(WorksheetPart part, CancellationToken ct)
    {
        using var reader = OpenXmlReader.Create(part);
        var previous = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                reader.Read();
                continue;
            }
            ct.ThrowIfCancellationRequested();
            // LoadCurrentElement moves the reader past the row: no Read() after it, or the next row is skipped.
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is uint index ? (int)index : previous + 1;
            previous = number;
            var cells = new List<SheetCell>();
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference && SheetColumns.FromReference(reference) is int c
                    ? c
                    : column + 1;
                if (column >= RawRow.MaxColumns)
                {
                    break;
                }
                var value = Value(cell);
                if (value.IsEmpty)
                {
                    continue;
                }
                while (cells.Count <= column)
                {
                    cells.Add(SheetCell.Empty);
                }
                cells[column] = value;
            }
            yield return new RawRow(number, cells);
        }
    }

    private SheetCell Value(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString || (type is null && cell.InlineString is not null))
        {
            return Text(RichText(cell.InlineString));
        }
        if (cell.CellValue?.Text is not { Length: > 0 } raw)
        {
            return SheetCell.Empty;
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? new SheetCell(sharedStrings[i])
                : SheetCell.Empty;
        }
        if (type == CellValues.Boolean)
        {
            return new SheetCell(raw == "1" ? "TRUE" : "FALSE");
        }
        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                ? DateCell(date)
                : Text(raw);
        }
        if (type is not null && type != CellValues.Number)
        {
            return Text(raw); // str (a formula's text result), error (#N/A)
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Text(raw);
        }
        var kind = cell.StyleIndex?.Value is uint style && style < styleKinds.Length ? styleKinds[style] : NumberKind.Number;
        return kind == NumberKind.Number || FromSerial(number) is not { } value
            ? new SheetCell(CellText.Number(number))
            : kind == NumberKind.Date
                ? DateCell(value)
                : new SheetCell(value.ToString(value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
    }

    private static SheetCell DateCell(DateTime value) =>
        new(value.ToString(value.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            value);

    /// <summary>Excel's day number as a date, to the second; null outside what Excel can show.</summary>
    private DateTime? FromSerial(double serial)
    {
        if (date1904)
        {
            serial += 1462;
        }
        else if (serial < 61)
        {
            serial += 1; // Excel counts a 29 February 1900 that never was; OLE dates do not.
        }
        if (serial is < 1 or >= 2958466)
        {
            return null;
        }
        return DateTime.FromOADate(Math.Round(serial * 86400) / 86400);
    }

    private static SheetCell Text(string raw) => new(CellText.Clean(Unescape(raw)));

    /// <summary>A string item's text: its own &lt;t&gt;, or its rich-text runs joined; phonetic hints are not text.</summary>
    private static string RichText(OpenXmlElement? item)
    {
        if (item is null)
        {
            return "";
        }
        if (item.GetFirstChild<CellTextElement>() is { } text)
        {
            return text.Text;
        }
        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).</summary>
    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapedCharacter().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(CellText.Clean(Unescape(RichText(reader.LoadCurrentElement()))));
            }
            else
            {
                reader.Read();
            }
        }
        return strings;
    }

    private static NumberKind[] ReadStyleKinds(Stylesheet? stylesheet)
    {
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is uint id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }
        return stylesheet.CellFormats.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value ?? 0)
            .Select(id => custom.TryGetValue(id, out var code) ? ExcelNumberFormats.Custom(code) : ExcelNumberFormats.Builtin(id))
            .ToArray();
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapedCharacter();
}
