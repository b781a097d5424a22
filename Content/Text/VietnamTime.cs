using System.Globalization;

namespace ThiDuaCms.Content.Text;

/// <summary>
/// The hospital's clock. Times are stored in UTC; readers see Vietnam time (UTC+7, no daylight saving)
/// and dates as dd/MM/yyyy.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static string Date(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTimeText(DateTime utc) => ToLocal(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The instant for a <c>&lt;time datetime&gt;</c> attribute, whatever the server's culture.</summary>
    public static string IsoUtc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>UTC bounds [from, to) of a Vietnam-time year, or of one month in it.</summary>
    /// <summary>Periods an archive can hold (years 1900–9998, months 1–12): anything else is a mistyped URL.</summary>
    public static bool IsSupportedPeriod(int year, int? month = null) => year is >= 1900 and <= 9998 && (month is null or (>= 1 and <= 12));

    /// <remarks>An unsupported period (a mistyped URL) gives an empty range rather than an exception.</remarks>
    public static (DateTime From, DateTime To) Period(int year, int? month = null)
    {
        if (!IsSupportedPeriod(year, month))
        {
            return (DateTime.UnixEpoch, DateTime.UnixEpoch);
        }
        var start = new DateTime(year, month ?? 1, 1);
        var end = month is null ? start.AddYears(1) : start.AddMonths(1);
        return (ToUtc(start), ToUtc(end));
    }
}
