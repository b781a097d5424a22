using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDuaCms.Content.Tests.Exports;

/// <summary>A written workbook read back through the OpenXML SDK: each sheet's name and its rows of cell text.</summary>
internal sealed record XlsxSheet(string Name, List<string[]> Rows, Worksheet Worksheet);

internal static class XlsxReadBack
{
    public static List<XlsxSheet> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(Texts).ToList();
            return new XlsxSheet(sheet.Name!, rows, worksheet);
        }).ToList();
    }

    /// <summary>The row's cells as text, placed by their references (a cell left out is "").</summary>
    private static string[] Texts(Row row)
    {
        var cells = row.Elements<Cell>().Select(cell => (Column: ColumnIndex(cell.CellReference!), Text: cell.InlineString?.Text?.Text ?? "")).ToList();
        var texts = Enumerable.Repeat("", cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1).ToArray();
        foreach (var (column, text) in cells)
        {
            texts[column] = text;
        }
        return texts;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (c - 'A' + 1);
        }
        return index - 1;
    }
}
