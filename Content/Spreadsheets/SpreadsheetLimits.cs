namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>The largest upload and the most data rows a caller accepts; anything beyond is refused before it is kept.</summary>
public sealed record SpreadsheetLimits
{
    public SpreadsheetLimits(long maxBytes, int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        MaxBytes = maxBytes;
        MaxRows = maxRows;
    }

    public long MaxBytes { get; }

    /// <summary>Data rows, not counting the header and blank rows.</summary>
    public int MaxRows { get; }
}
