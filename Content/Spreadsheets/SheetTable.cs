namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// What a spreadsheet holds: the header row, matched against the expected fields, and every non-blank row below it.
/// </summary>
/// <param name="SheetName">The worksheet read (the first whose header row names every required field); null for CSV.</param>
/// <param name="HeaderRowNumber">The header's row number as Excel shows it: the first non-blank row.</param>
public sealed record SheetTable(string? SheetName, int HeaderRowNumber, HeaderMatch Headers, IReadOnlyList<SheetRow> Rows);
