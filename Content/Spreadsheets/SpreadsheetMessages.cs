using System.Globalization;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>What reading a spreadsheet tells the clerk, in one place so pages and tests agree.</summary>
public static class SpreadsheetMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string EmptyFile = "Tệp rỗng (0 byte): không có dữ liệu để nhập.";
    public const string UnsupportedType = "Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).";
    public const string LegacyXls =
        "Đây là tệp Excel cũ (.xls) hoặc tệp Excel có đặt mật khẩu. Vui lòng mở tệp bằng Excel, chọn “Lưu thành” "
        + "(Save As) kiểu “Excel Workbook (*.xlsx)”, bỏ mật khẩu nếu có, rồi tải tệp .xlsx lên lại.";
    public const string NotAWorkbook =
        "Tệp không phải là bảng tính Excel (.xlsx) hợp lệ: tệp bị hỏng hoặc là loại tệp khác được đổi đuôi thành .xlsx. "
        + "Vui lòng mở tệp bằng Excel và lưu lại dưới dạng .xlsx.";
    public const string EmptyWorkbook = "Bảng tính không có dữ liệu: mọi trang tính đều trống.";
    public const string EmptyCsv = "Tệp CSV không có dữ liệu: không có dòng nào có nội dung.";
    public const string UnreadableEncoding =
        "Không đọc được bảng mã (encoding) của tệp CSV, nên không thể nhập mà không làm hỏng chữ tiếng Việt. "
        + "Vui lòng lưu lại tệp dưới dạng “CSV UTF-8 (Comma delimited)” hoặc .xlsx rồi tải lên lại.";

    /// <summary>"Tệp quá lớn: tối đa 10 MB."</summary>
    public static string TooLarge(long maxBytes) =>
        maxBytes < 1024 * 1024
            ? $"Tệp quá lớn: tối đa {(maxBytes / 1024d).ToString("0.#", Vietnamese)} KB."
            : $"Tệp quá lớn: tối đa {(maxBytes / (1024d * 1024d)).ToString("0.#", Vietnamese)} MB.";

    /// <summary>"Tệp có quá nhiều dòng: tối đa 5.000 dòng dữ liệu mỗi lần nhập."</summary>
    public static string TooManyRows(int maxRows) =>
        $"Tệp có quá nhiều dòng: tối đa {maxRows.ToString("N0", Vietnamese)} dòng dữ liệu mỗi lần nhập. Vui lòng chia thành nhiều tệp.";

    /// <summary>"Tệp chỉ có dòng tiêu đề (dòng 1), chưa có dòng dữ liệu nào."</summary>
    public static string HeaderOnly(int headerRow) =>
        $"Tệp chỉ có dòng tiêu đề (dòng {headerRow}), chưa có dòng dữ liệu nào.";

    public static string DateMissing(string label) => $"{label}: chưa có ngày.";

    public static string DateFormat(string label, string text) =>
        $"{label} “{text}” không đúng dạng ngày/tháng/năm (ví dụ 15/03/2024).";

    public static string NoSuchMonth(string label, string text, int month) =>
        $"{label} “{text}” không có thật: không có tháng {month}.";

    /// <summary>"Ngày quyết định “31/02/2024” không có thật: tháng 2/2024 chỉ có 29 ngày."</summary>
    public static string NoSuchDay(string label, string text, int month, int year) =>
        $"{label} “{text}” không có thật: tháng {month}/{year} chỉ có {DateTime.DaysInMonth(year, month)} ngày.";

    public static string YearMissing(string label) => $"{label}: chưa có năm.";

    public static string YearFormat(string label, string text) =>
        $"{label} “{text}” phải là một năm gồm 4 chữ số (ví dụ 2024).";
}
