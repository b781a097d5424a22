using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Themes.Default.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG on the server: no script, readable as soon as the page arrives and in
/// print. The drawing scales to its container (a viewBox, no width), names itself to assistive technology
/// (<c>role="img"</c> with a title and a description; the figures are in the data table beside it), prints each value on
/// its bar in the Vietnamese way (1.234), and is written by <see cref="XElement"/>, so every label is escaped.
/// </summary>
/// <remarks>
/// Here in the theme rather than in Content: it is presentation (layout, type sizes, the theme's colours), and another
/// theme would draw its own; Content only supplies the counts.
/// </remarks>
public static class BarChartSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// With 16-unit type, text is about 12 px on a phone's 328 px column and 18.6 px at the 32 rem the stylesheet allows:
    /// a wider drawing would shrink the labels on a phone below legibility.
    /// </summary>
    private const double Width = 440;
    private const double Pad = 8;
    private const double FontSize = 16;
    /// <summary>A generous average advance of a sans-serif character, in ems, to wrap labels and leave room for values.</summary>
    private const double CharWidth = 0.6;
    private const double LineHeight = FontSize * 1.3;
    private const double BarThickness = 22;
    private const double RowGap = 12;
    private const double PlotHeight = 220;
    private const double MinColumnPitch = 44;

    public static HtmlString Render(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Bars.Any(b => b.Value < 0))
        {
            throw new ArgumentException("A bar chart draws counts: no value may be negative.", nameof(chart));
        }
        var max = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => b.Value);
        var (width, height, marks) = chart.Direction == BarDirection.Horizontal ? Horizontal(chart.Bars, max) : Vertical(chart.Bars, max);
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            new XAttribute("class", "chart-svg"),
            new XAttribute("font-size", N(FontSize)),
            new XElement(Svg + "title", new XAttribute("id", $"{chart.Id}-title"), Clean(chart.Title)),
            new XElement(Svg + "desc", new XAttribute("id", $"{chart.Id}-desc"), Clean(chart.Description ?? Describe(chart, max))),
            marks);
        return new HtmlString(svg.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>"Biểu đồ thanh ngang, 5 mục; lớn nhất: Khoa Nội, 120. Số liệu đầy đủ ở bảng kèm theo."</summary>
    private static string Describe(BarChart chart, decimal max)
    {
        var kind = chart.Direction == BarDirection.Horizontal ? "Biểu đồ thanh ngang" : "Biểu đồ cột";
        if (chart.Bars.Count == 0)
        {
            return $"{kind}: chưa có số liệu.";
        }
        var largest = chart.Bars.First(b => b.Value == max);
        return $"{kind}, {chart.Bars.Count} mục; lớn nhất: {largest.Label}, {VietnameseNumber.Of(largest.Value)}. Số liệu đầy đủ ở bảng kèm theo.";
    }

    private static (double Width, double Height, List<XElement> Marks) Horizontal(IReadOnlyList<ChartBar> bars, decimal max)
    {
        var valueRoom = (bars.Count == 0 ? 1 : bars.Max(b => VietnameseNumber.Of(b.Value).Length)) * FontSize * CharWidth + 8;
        var plot = Width - (2 * Pad) - valueRoom;
        var charsPerLine = (int)((Width - (2 * Pad)) / (FontSize * CharWidth));
        var marks = new List<XElement>();
        var y = Pad;
        foreach (var bar in bars)
        {
            var group = new XElement(Svg + "g");
            foreach (var line in Wrap(Clean(bar.Label), charsPerLine))
            {
                y += LineHeight;
                group.Add(Text(Pad, y - (LineHeight - FontSize), line, "start"));
            }
            y += 4;
            var length = Length(bar.Value, max, plot);
            group.Add(Rect(Pad, y, length, BarThickness));
            group.Add(Text(Pad + length + 6, y + (BarThickness / 2) + (FontSize * 0.35), VietnameseNumber.Of(bar.Value), "start"));
            y += BarThickness + RowGap;
            marks.Add(group);
        }
        return (Width, y - RowGap + Pad, marks);
    }

    private static (double Width, double Height, List<XElement> Marks) Vertical(IReadOnlyList<ChartBar> bars, decimal max)
    {
        var width = Math.Max(Width, (bars.Count * MinColumnPitch) + (2 * Pad));
        var pitch = (width - (2 * Pad)) / Math.Max(bars.Count, 1);
        var thickness = Math.Min(pitch * 0.6, 64);
        var top = Pad + LineHeight; // room for the value above the tallest column
        var baseline = top + PlotHeight;
        var marks = new List<XElement>();
        for (var i = 0; i < bars.Count; i++)
        {
            var centre = Pad + (pitch * (i + 0.5));
            var length = Length(bars[i].Value, max, PlotHeight);
            marks.Add(new XElement(Svg + "g",
                Rect(centre - (thickness / 2), baseline - length, thickness, length),
                Text(centre, baseline - length - 6, VietnameseNumber.Of(bars[i].Value), "middle"),
                Text(centre, baseline + LineHeight, Clean(bars[i].Label), "middle")));
        }
        marks.Add(Line(Pad, baseline, width - Pad, baseline));
        return (width, baseline + LineHeight + Pad, marks);
    }

    /// <summary>A bar's length in proportion to the largest; a value above zero always shows at least a sliver.</summary>
    private static double Length(decimal value, decimal max, double full) =>
        value <= 0 || max <= 0 ? 0 : Math.Max(2, (double)(value / max) * full);

    /// <summary>Words to lines of at most <paramref name="width"/> characters (a longer word gets a line of its own).</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private static XElement Rect(double x, double y, double width, double height) => new(Svg + "rect",
        new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", N(width)), new XAttribute("height", N(height)),
        new XAttribute("fill", ChartPalette.Bar));

    private static XElement Text(double x, double y, string text, string anchor) => new(Svg + "text",
        new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor),
        new XAttribute("fill", ChartPalette.Text), text);

    private static XElement Line(double x1, double y1, double x2, double y2) => new(Svg + "line",
        new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
        new XAttribute("stroke", ChartPalette.Axis), new XAttribute("stroke-width", "1"));

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>NFC, without the control characters XML cannot carry (a name pasted with one must not break the page).</summary>
    private static string Clean(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormC).Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
