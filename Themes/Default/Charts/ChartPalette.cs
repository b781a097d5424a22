namespace ThiDuaCms.Themes.Default.Charts;

/// <summary>
/// The chart colours, taken from the theme's palette (wwwroot/css/site.css, :root). Charts sit on --paper (#ffffff) or
/// --wash (#f6f8f7); against both, the bars have at least the 3:1 contrast WCAG 2.1 asks of graphics (1.4.11) and the
/// text at least the 4.5:1 it asks of text (1.4.3). The tests check both against the stylesheet.
/// </summary>
public static class ChartPalette
{
    /// <summary>--green: the bars (7.8:1 on white).</summary>
    public const string Bar = "#0b5d4b";

    /// <summary>--ink: labels and values (15:1 on white).</summary>
    public const string Text = "#1d2522";

    /// <summary>--muted: the baseline under columns (6.7:1 on white).</summary>
    public const string Axis = "#505c57";
}
