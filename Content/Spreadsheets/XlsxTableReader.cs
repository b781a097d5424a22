using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// Reads an .xlsx a row at a time: the Open XML SDK opens the package and loads the workbook and styles; shared
/// strings are loaded once; each worksheet is streamed. Formulas are never evaluated: a formula cell reads as the value the
/// writing program cached, and a text starting with '=' is just text.
/// </summary>
internal sealed partial class XlsxTableReader
{
    // Worksheets and shared strings are read with a plain XmlReader: loading each row as SDK element objects
    // allocated three times as much (41 MB for 5,000 rows, against 15), for a reader that needs three attributes
    // and two child elements.
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        // A 5,000-row list is a few million characters of XML. A crafted zip of a few megabytes can inflate to
        // gigabytes: it stops here (an XmlException, so "not a workbook") instead of filling the memory.
        MaxCharactersInDocument = 256L * 1024 * 1024,
    };

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
            // Not a zip, a zip with no workbook (a .docx renamed), a damaged part, a sheet pointing at no part, or
            // XML inflated past the bound. The clerk reads the message;
            // the log keeps what the SDK said, for the file someone swears Excel opens.
            logger.LogInformation(e, "An uploaded .xlsx was refused as not a workbook");
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.NotAWorkbook);
        }
    }

    private IEnumerable<RawRow> Rows(WorksheetPart part, CancellationToken ct)
    {
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings);
        var previous = 0;
        while (xml.ReadToFollowing("row", MainNamespace))
        {
            ct.ThrowIfCancellationRequested();
            var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : previous + 1;
            previous = number;
            var cells = new List<SheetCell>();
            var rowDepth = xml.Depth;
            var empty = xml.IsEmptyElement;
            if (!empty)
            {
                xml.Read(); // an empty <row/> stays where it is: ReadToFollowing moves on from there
            }
            var column = -1;
            while (!empty && xml.Depth > rowDepth)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
                {
                    xml.Read();
                    continue;
                }
                column = xml.GetAttribute("r") is { } reference && SheetColumns.FromReference(reference) is int c ? c : column + 1;
                var value = ReadCell(xml);
                if (value.IsEmpty || column >= RawRow.MaxColumns)
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

    /// <summary>
    /// The cell the reader is on: &lt;c r t s&gt; with its cached &lt;v&gt; or inline &lt;is&gt;; a formula &lt;f&gt; is
    /// passed over. Leaves the reader past the cell.
    /// </summary>
    private SheetCell ReadCell(XmlReader xml)
    {
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s");
        string? raw = null;
        string? inline = null;
        var depth = xml.Depth;
        var empty = xml.IsEmptyElement;
        xml.Read();
        while (!empty && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (xml.LocalName == "v")
            {
                raw = xml.ReadElementContentAsString();
            }
            else if (xml.LocalName == "is")
            {
                inline = RichText(xml);
            }
            else
            {
                xml.Skip();
            }
        }
        if (!empty)
        {
            xml.Read(); // past </c>
        }
        return Value(type, style, raw, inline);
    }

    private SheetCell Value(string? type, string? style, string? raw, string? inline)
    {
        if (type == "inlineStr" || (type is null && inline is not null))
        {
            return Text(inline ?? "");
        }
        if (string.IsNullOrEmpty(raw))
        {
            return SheetCell.Empty;
        }
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                    ? new SheetCell(sharedStrings[i])
                    : SheetCell.Empty;
            case "b":
                return new SheetCell(raw == "1" ? "TRUE" : "FALSE");
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? DateCell(date)
                    : Text(raw);
            case null or "n":
                break;
            default:
                return Text(raw); // str (a formula's text result), e (#N/A)
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Text(raw);
        }
        var kind = uint.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < styleKinds.Length
            ? styleKinds[s]
            : NumberKind.Number;
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

    /// <summary>
    /// The text of the &lt;si&gt; or &lt;is&gt; the reader is on: its &lt;t&gt;, or its rich-text runs' joined; phonetic
    /// hints (&lt;rPh&gt;) are not text. Leaves the reader past the element.
    /// </summary>
    private static string RichText(XmlReader xml)
    {
        string? first = null;
        StringBuilder? runs = null;
        var depth = xml.Depth;
        var empty = xml.IsEmptyElement;
        xml.Read();
        while (!empty && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                var text = xml.ReadElementContentAsString();
                if (first is null)
                {
                    first = text;
                }
                else
                {
                    (runs ??= new StringBuilder(first)).Append(text);
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }
        if (!empty)
        {
            xml.Read(); // past the end tag
        }
        return runs?.ToString() ?? first ?? "";
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
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings);
        var found = xml.ReadToFollowing("si", MainNamespace);
        while (found)
        {
            strings.Add(CellText.Clean(Unescape(RichText(xml))));
            // RichText leaves the reader past </si>, often on the next <si> already.
            found = (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si") || xml.ReadToFollowing("si", MainNamespace);
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
