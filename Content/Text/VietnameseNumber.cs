using System.Globalization;

namespace ThiDuaCms.Content.Text;

/// <summary>Numbers the Vietnamese way: a dot between thousands, a comma before decimals (1.234; 12,5).</summary>
public static class VietnameseNumber
{
    // Built here rather than taken from the vi-VN culture, so the output does not depend on the machine's ICU data.
    private static readonly NumberFormatInfo Format = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    });

    /// <summary>"1.234", "20.000", "12,5", "0"; at most two decimals.</summary>
    public static string Of(decimal value) => value.ToString("#,##0.##", Format);
}
