using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Text;

public class VietnamTimeTests
{
    [Fact]
    public void Late_evening_utc_is_the_next_day_in_Vietnam() =>
        Assert.Equal("16/03/2024", VietnamTime.Date(new DateTime(2024, 3, 15, 23, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void Dates_are_written_dd_MM_yyyy() =>
        Assert.Equal("05/01/2025", VietnamTime.Date(new DateOnly(2025, 1, 5)));

    [Fact]
    public void Date_and_time_are_written_in_Vietnam_time() =>
        Assert.Equal("06:30 16/03/2024", VietnamTime.DateTimeText(new DateTime(2024, 3, 15, 23, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void Local_and_utc_round_trip_seven_hours_apart()
    {
        var local = new DateTime(2024, 6, 11, 8, 0, 0);
        var utc = VietnamTime.ToUtc(local);

        Assert.Equal(new DateTime(2024, 6, 11, 1, 0, 0), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(local, VietnamTime.ToLocal(utc));
    }

    [Fact]
    public void A_year_runs_from_Vietnam_midnight_to_Vietnam_midnight()
    {
        var (from, to) = VietnamTime.Period(2024);

        Assert.Equal(new DateTime(2023, 12, 31, 17, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2024, 12, 31, 17, 0, 0, DateTimeKind.Utc), to);
    }

    [Fact]
    public void A_month_period_covers_that_month_in_Vietnam_time()
    {
        var (from, to) = VietnamTime.Period(2024, 12);

        Assert.Equal(new DateTime(2024, 11, 30, 17, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2024, 12, 31, 17, 0, 0, DateTimeKind.Utc), to);
    }
}
