namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>Excel's column letters.</summary>
public static class SheetColumns
{
    /// <summary>"A" for column 0, "Z" for 25, "AA" for 26.</summary>
    public static string Name(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>The 0-based column of a cell reference ("B7" gives 1), or null when it starts with no letter.</summary>
    internal static int? FromReference(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }
            column = (column * 26) + (upper - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return null;
            }
        }
        return letters == 0 ? null : column - 1;
    }
}
