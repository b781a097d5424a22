using Microsoft.Extensions.Logging;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// Reads an uploaded .xlsx or .csv into a <see cref="SheetTable"/>: the header row matched against the fields the
/// caller expects, and every data row with the row number the clerk sees in Excel. What a clerk may plausibly upload
/// by mistake (an empty file, a legacy .xls, a page renamed .xlsx, a file too big, an unreadable encoding) comes back
/// as a failed result with a Vietnamese message, never as an exception.
/// </summary>
public sealed class SpreadsheetReader(ILogger<SpreadsheetReader> logger)
{
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads <paramref name="content"/> (from its current position) as the format its name and bytes say.</summary>
    public async Task<OperationResult<SheetTable>> ReadAsync(Stream content, string fileName,
        IReadOnlyList<SheetField> fields, SpreadsheetLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(limits);

        // Bounded before anything is parsed; an .xlsx is a zip, which needs a seekable stream.
        if (content.CanSeek && content.Length - content.Position > limits.MaxBytes)
        {
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.TooLarge(limits.MaxBytes));
        }
        using var buffer = new MemoryStream();
        if (await CopyAtMostAsync(content, buffer, limits.MaxBytes, ct) > limits.MaxBytes)
        {
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.TooLarge(limits.MaxBytes));
        }
        var bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (bytes.IsEmpty)
        {
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.EmptyFile);
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.Span.StartsWith(CompoundFile))
        {
            // A real .xls, and also what Excel makes of a password-protected .xlsx.
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.LegacyXls);
        }
        if (bytes.Span.StartsWith(Zip) && (extension is ".xlsx" or ".xlsm" or ".xls"))
        {
            buffer.Position = 0; // a workbook named .xls reads too: the bytes say what it is
            return XlsxTableReader.Read(buffer, fields, limits, logger, ct);
        }
        return extension switch
        {
            ".xls" => OperationResult<SheetTable>.Fail(SpreadsheetMessages.LegacyXls), // old "xls" web exports are HTML
            ".xlsx" or ".xlsm" => OperationResult<SheetTable>.Fail(SpreadsheetMessages.NotAWorkbook),
            ".csv" or ".txt" => CsvTableReader.Read(bytes.Span, fields, limits, ct),
            _ => OperationResult<SheetTable>.Fail(SpreadsheetMessages.UnsupportedType),
        };
    }

    /// <summary>Copies up to <paramref name="max"/> + 1 bytes, so a stream that does not know its length is bounded too.</summary>
    private static async Task<long> CopyAtMostAsync(Stream source, MemoryStream target, long max, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            target.Write(chunk, 0, read);
            if (target.Length > max)
            {
                break;
            }
        }
        return target.Length;
    }
}
