namespace ThiDuaCms.Themes.Default.Charts;

/// <summary>One bar: what it counts and how many.</summary>
public sealed record ChartBar(string Label, decimal Value);

public enum BarDirection
{
    /// <summary>Bars across, each label on its own line above its bar: for departments, titles, movements (long names).</summary>
    Horizontal,

    /// <summary>Columns side by side with the label under each: for years.</summary>
    Vertical,
}

/// <summary>
/// A bar chart of counts, drawn by <see cref="BarChartSvg"/> and shown with its data table by the
/// <c>_BarChart</c> partial.
/// </summary>
/// <param name="Id">Unique on the page; the SVG's title and description and the table take their ids from it.</param>
/// <param name="Title">The chart's accessible name and the table's caption, e.g. "Khen thưởng theo năm".</param>
/// <param name="LabelHeader">The table's first column, e.g. "Năm".</param>
/// <param name="ValueHeader">The table's second column, e.g. "Số khen thưởng".</param>
public sealed record BarChart(string Id, string Title, string LabelHeader, string ValueHeader, IReadOnlyList<ChartBar> Bars)
{
    public BarDirection Direction { get; init; } = BarDirection.Horizontal;

    /// <summary>What the chart shows, for screen readers; when null a sentence naming the largest bar is written.</summary>
    public string? Description { get; init; }
}
