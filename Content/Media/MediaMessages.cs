using System.Globalization;

namespace ThiDuaCms.Content.Media;

/// <summary>What the media library tells the person uploading, in one place so pages and tests agree.</summary>
public static class MediaMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string UnsupportedType = "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.";
    public const string Corrupt = "Tệp ảnh bị hỏng hoặc không đầy đủ.";
    public const string Empty = "Tệp rỗng: không có dữ liệu ảnh.";
    public const string NotAllowed = "Bạn không có quyền quản lý thư viện ảnh.";
    public const string NotFound = "Không tìm thấy ảnh này trong thư viện.";
    public const string AltTextRequired = "Vui lòng nhập mô tả ảnh (văn bản thay thế) để người khiếm thị và công cụ tìm kiếm hiểu ảnh.";
    public const string AltTextTooLong = "Mô tả ảnh tối đa 500 ký tự.";
    public const string TitleTooLong = "Tiêu đề ảnh tối đa 300 ký tự.";
    public const string CreditTooLong = "Nguồn ảnh tối đa 300 ký tự.";

    /// <summary>"Tệp quá lớn: tối đa 20 MB."</summary>
    public static string TooLarge(long maxBytes) =>
        $"Tệp quá lớn: tối đa {(maxBytes / (1024d * 1024d)).ToString("0.#", Vietnamese)} MB.";

    /// <summary>"Ảnh quá lớn: tối đa 50 megapixel (ảnh này 3600 megapixel)."</summary>
    public static string TooManyPixels(long maxPixels, long pixels) =>
        $"Ảnh quá lớn: tối đa {Megapixels(maxPixels)} megapixel (ảnh này {Megapixels(pixels)} megapixel).";

    private static string Megapixels(long pixels) => (pixels / 1_000_000d).ToString("0.#", Vietnamese);
}
