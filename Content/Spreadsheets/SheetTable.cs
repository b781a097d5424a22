namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// What a spreadsheet holds: the header row, matched against the expected fields, and every non-blank row below it.
/// </summary>
/// <param name="SheetName">The worksheet read (the first whose header row names every required field); null for CSV.</param>
/// <param name="HeaderRowNumber">The header row's number as Excel shows it (title rows may stand above it).</param>
public sealed record SheetTable(string? SheetName, int HeaderRowNumber, HeaderMatch Headers, IReadOnlyList<SheetRow> Rows);
