using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>Reads a cell as a date or a year, with the reason in Vietnamese when it is not one.</summary>
public static partial class SheetValues
{
    /// <summary>
    /// A date cell of the workbook, or text as d/M/yyyy or dd/MM/yyyy (also with '-' or '.'; yyyy-MM-dd too).
    /// A date that does not exist, such as 31/02/2024, is refused with the reason.
    /// </summary>
    /// <param name="label">The field as messages name it ("Ngày quyết định").</param>
    public static OperationResult<DateOnly> Date(SheetCell cell, string label)
    {
        if (cell.Date is { } date)
        {
            return OperationResult<DateOnly>.Ok(DateOnly.FromDateTime(date));
        }
        var text = cell.Text;
        if (text.Length == 0)
        {
            return OperationResult<DateOnly>.Fail(SpreadsheetMessages.DateMissing(label));
        }
        int day, month, year;
        if (DayMonthYear().Match(text) is { Success: true } dmy)
        {
            (day, month, year) = (Number(dmy.Groups["d"]), Number(dmy.Groups["m"]), Number(dmy.Groups["y"]));
        }
        else if (IsoDate().Match(text) is { Success: true } iso)
        {
            (day, month, year) = (Number(iso.Groups["d"]), Number(iso.Groups["m"]), Number(iso.Groups["y"]));
        }
        else
        {
            return OperationResult<DateOnly>.Fail(SpreadsheetMessages.DateFormat(label, text));
        }
        if (year < 1 || month is < 1 or > 12)
        {
            return OperationResult<DateOnly>.Fail(month is < 1 or > 12
                ? SpreadsheetMessages.NoSuchMonth(label, text, month)
                : SpreadsheetMessages.DateFormat(label, text));
        }
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return OperationResult<DateOnly>.Fail(SpreadsheetMessages.NoSuchDay(label, text, month, year));
        }
        return OperationResult<DateOnly>.Ok(new DateOnly(year, month, day));
    }

    /// <summary>A four-digit year: "2024", or "2024.0" / "2024,0" as a number cell exported elsewhere reads.</summary>
    public static OperationResult<int> Year(SheetCell cell, string label)
    {
        var text = cell.Text;
        if (text.Length == 0)
        {
            return OperationResult<int>.Fail(SpreadsheetMessages.YearMissing(label));
        }
        return YearPattern().Match(text) is { Success: true } match
            ? OperationResult<int>.Ok(Number(match.Groups["y"]))
            : OperationResult<int>.Fail(SpreadsheetMessages.YearFormat(label, text));
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2})\k<s>(?<y>\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<y>[1-9]\d{3})(?:[.,]0+)?$")]
    private static partial Regex YearPattern();
}
