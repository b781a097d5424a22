using static ThiDuaCms.Bench.Shared.ProcessFigures;
using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging.Abstractions;
using ThiDuaCms.Content.Spreadsheets;
using CellTextElement = DocumentFormat.OpenXml.Spreadsheet.Text;

// Reading a 5,000-row commendation list (issue 8's import columns), as SpreadsheetReader runs it for the import
// preview: once as Excel writes it (shared strings, dates as dd/mm/yyyy cells), once as LibreOffice does (inline
// strings). Target: median under 1 s each; prints wall and CPU time, allocations and peak resident memory.
//
//   dotnet run -c Release --project bench/ThiDuaCms.Bench.Sheets [-- --rows 5000 --runs 10 --warmup 5]

const double TargetMedianMs = 1000;
var rowCount = Argument("--rows", 5000);
var runs = Argument("--runs", 10);
var warmup = Argument("--warmup", 5); // tiered JIT: the first reads run unoptimised code

SheetField[] fields =
[
    new("FullName", true, "Họ và tên", "Họ tên"),
    new("Position", false, "Chức danh", "Chức vụ"),
    new("Department", true, "Khoa/phòng", "Khoa phòng", "Đơn vị"),
    new("Title", true, "Danh hiệu/hình thức"),
    new("Authority", true, "Cấp khen thưởng"),
    new("Year", true, "Năm"),
    new("DecisionNumber", true, "Số quyết định", "Số QĐ"),
    new("DecisionDate", true, "Ngày quyết định", "Ngày QĐ"),
    new("Movement", false, "Phong trào"),
    new("Citation", false, "Thành tích"),
];
var limits = new SpreadsheetLimits(maxBytes: 20 * 1024 * 1024, maxRows: rowCount);
var reader = new SpreadsheetReader(NullLogger<SpreadsheetReader>.Instance);
var pass = true;

foreach (var inline in new[] { false, true })
{
    var bytes = MakeWorkbook(rowCount, inline);
    for (var i = 0; i < warmup; i++)
    {
        await Read(bytes);
    }
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var peakReset = ResetPeakResidentSize();
    var baselineMb = Status("VmRSS");
    var wall = new List<double>(runs);
    var cpu = new List<double>(runs);
    var allocated = new List<double>(runs);
    var process = Process.GetCurrentProcess();
    SheetTable? table = null;
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        table = await Read(bytes);
        watch.Stop();
        process.Refresh();
        wall.Add(watch.Elapsed.TotalMilliseconds);
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024d * 1024d));
    }
    var peakMb = Status("VmHWM");
    wall.Sort();
    cpu.Sort();
    allocated.Sort();
    var median = Percentile(wall, 0.5);
    pass &= median < TargetMedianMs && table!.Rows.Count == rowCount;

    Console.WriteLine(FormattableString.Invariant(
        $"{(inline ? "inline strings (LibreOffice)" : "shared strings (Excel)")}: {rowCount} rows × {fields.Length} columns, {bytes.Length / 1024} KB, {runs} runs after {warmup} warm-up, {Environment.ProcessorCount} cores"));
    Console.WriteLine(FormattableString.Invariant($"  rows read: {table!.Rows.Count}, last row {table.Rows[^1].Number}: {table.Rows[^1]["FullName"]}, {table.Rows[^1]["DecisionDate"]}"));
    Console.WriteLine(FormattableString.Invariant($"  wall ms: median {median:0.0}, p90 {Percentile(wall, 0.9):0.0}, min {wall[0]:0.0}, max {wall[^1]:0.0}"));
    Console.WriteLine(FormattableString.Invariant($"  cpu ms (all threads): median {Percentile(cpu, 0.5):0.0}"));
    Console.WriteLine(FormattableString.Invariant($"  allocated per read: median {Percentile(allocated, 0.5):0.0} MB"));
    Console.WriteLine(FormattableString.Invariant($"  memory: resident before {baselineMb:0.0} MB, peak {peakMb:0.0} MB, peak extra {peakMb - baselineMb:0.0} MB{(peakReset ? "" : " (peak not resettable here: includes making the workbook)")}"));
    Console.WriteLine(FormattableString.Invariant($"  target: median < {TargetMedianMs} ms {(median < TargetMedianMs ? "met" : "MISSED")}"));
}
return pass ? 0 : 1;

async Task<SheetTable> Read(byte[] bytes)
{
    var result = await reader.ReadAsync(new MemoryStream(bytes), "khen-thuong.xlsx", fields, limits);
    return result.Value ?? throw new InvalidOperationException(result.Error);
}

// Ten columns of realistic Vietnamese text; a dd/mm/yyyy date cell; the year as a number.
static byte[] MakeWorkbook(int rows, bool inlineStrings)
{
    string[] header = ["Họ và tên", "Chức danh", "Khoa/phòng", "Danh hiệu/hình thức", "Cấp khen thưởng", "Năm", "Số quyết định", "Ngày quyết định", "Phong trào", "Thành tích"];
    string[] families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    string[] given = ["Thị Lan", "Văn Hòa", "Minh Thủy", "Quốc Khánh", "Thị Hương", "Đức Anh", "Ngọc Ánh", "Văn Dũng"];
    string[] departments = ["Khoa Nhi", "Khoa Ngoại", "Khoa Hồi sức tích cực", "Phòng Tổ chức – Hành chính", "Khoa Dược"];
    var sharedStrings = new Dictionary<string, int>(StringComparer.Ordinal);
    using var stream = new MemoryStream();
    using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
    {
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(MakeRow(1, header.Select(h => (object)h)));
        for (var i = 0; i < rows; i++)
        {
            var name = $"{families[i % families.Length]} {given[i / families.Length % given.Length]} {i}";
            data.Append(MakeRow(i + 2,
            [
                name, "Bác sĩ", departments[i % departments.Length], "Lao động tiên tiến", "Giám đốc Bệnh viện", 2024,
                $"{i % 300 + 1}/QĐ-BV", new DateTime(2024, 12, 20), "Đổi mới phong cách thái độ phục vụ",
                $"Hoàn thành xuất sắc nhiệm vụ năm 2024, có sáng kiến số {i}",
            ]));
        }
        worksheetPart.Worksheet = new Worksheet(data);
        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = "Danh sách" }));
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }),
            new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
        if (!inlineStrings)
        {
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(
                sharedStrings.OrderBy(s => s.Value).Select(s => new SharedStringItem(new CellTextElement(s.Key))));
        }
    }
    return stream.ToArray();

    Row MakeRow(int number, IEnumerable<object> values)
    {
        var row = new Row { RowIndex = (uint)number };
        var column = 0;
        foreach (var value in values)
        {
            var reference = SheetColumns.Name(column++) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(value switch
            {
                string text when inlineStrings => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new CellTextElement(text)),
                },
                string text => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.SharedString,
                    CellValue = new CellValue(sharedStrings.TryGetValue(text, out var index) ? index : sharedStrings[text] = sharedStrings.Count),
                },
                DateTime date => new Cell
                {
                    CellReference = reference,
                    StyleIndex = 1,
                    CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)),
                },
                _ => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
            });
        }
        return row;
    }
}

int Argument(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
