using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ThiDuaCms.Themes.Default.Charts;

namespace ThiDuaCms.Web.Tests.Themes;

public partial class BarChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly BarChart ByDepartment = new("theo-khoa", "Khen thưởng theo khoa/phòng", "Khoa/phòng", "Số khen thưởng",
    [
        new("Khoa Y học cổ truyền", 1234),
        new("Khoa <Nội> & Ngoại – \"Phục hồi chức năng\"", 617),
        new("Phòng Điều dưỡng", 0),
    ]);

    private static XElement Parse(BarChart chart) => XElement.Parse(BarChartSvg.Render(chart).Value!);

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Svg_is_well_formed_and_named_for_assistive_technology()
    {
        var svg = Parse(ByDepartment);

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("theo-khoa-title theo-khoa-desc", svg.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Khen thưởng theo khoa/phòng", svg.Element(Svg + "title")!.Value);
        Assert.Equal("theo-khoa-title", svg.Element(Svg + "title")!.Attribute("id")!.Value);
        Assert.Equal("theo-khoa-desc", svg.Element(Svg + "desc")!.Attribute("id")!.Value);
        Assert.Equal(
            "Biểu đồ thanh ngang, 3 mục; lớn nhất: Khoa Y học cổ truyền, 1.234. Số liệu đầy đủ ở bảng kèm theo.",
            svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Svg_scales_to_its_container()
    {
        var svg = Parse(ByDepartment);

        Assert.Matches(@"^0 0 \d+(\.\d)? \d+(\.\d)?$", svg.Attribute("viewBox")!.Value);
        Assert.Null(svg.Attribute("width"));
        Assert.Null(svg.Attribute("height"));
    }

    [Fact]
    public void Labels_are_escaped_and_keep_their_Vietnamese()
    {
        var markup = BarChartSvg.Render(ByDepartment).Value!;

        Assert.Contains("Khoa &lt;Nội&gt; &amp; Ngoại", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<Nội>", markup, StringComparison.Ordinal);
        var labels = Parse(ByDepartment).Descendants(Svg + "g").Select(g => string.Join(' ', g.Elements(Svg + "text").SkipLast(1).Select(t => t.Value)));
        Assert.Equal(ByDepartment.Bars.Select(b => b.Label), labels);
    }

    [Fact]
    public void Values_are_printed_on_the_bars_the_Vietnamese_way()
    {
        var values = Parse(ByDepartment).Descendants(Svg + "g").Select(g => g.Elements(Svg + "text").Last().Value);

        Assert.Equal(["1.234", "617", "0"], values);
    }

    [Fact]
    public void Bar_lengths_are_in_proportion_to_the_values()
    {
        var widths = Parse(ByDepartment).Descendants(Svg + "rect").Select(r => Number(r, "width")).ToList();

        Assert.Equal(0.5, widths[1] / widths[0], precision: 2);
        Assert.Equal(0, widths[2]);
    }

    [Fact]
    public void Columns_for_years_stand_on_one_baseline_with_the_year_under_each()
    {
        var chart = new BarChart("theo-nam", "Khen thưởng theo năm", "Năm", "Số khen thưởng",
            [new("2021", 40), new("2022", 80), new("2023", 20)]) { Direction = BarDirection.Vertical };

        var groups = Parse(chart).Descendants(Svg + "g").ToList();

        var rects = groups.Select(g => g.Element(Svg + "rect")!).ToList();
        var bottoms = rects.Select(r => Number(r, "y") + Number(r, "height")).Distinct().ToList();
        Assert.Single(bottoms);
        Assert.Equal(0.5, Number(rects[0], "height") / Number(rects[1], "height"), precision: 2);
        Assert.Equal(["40", "80", "20"], groups.Select(g => g.Elements(Svg + "text").First().Value));
        Assert.Equal(["2021", "2022", "2023"], groups.Select(g => g.Elements(Svg + "text").Last().Value));
    }

    [Fact]
    public void Long_labels_wrap_inside_the_drawing()
    {
        var label = "Khoa Y học cổ truyền – Phục hồi chức năng và Điều trị đau cột sống, thoái hóa khớp cho người cao tuổi";
        var svg = Parse(new BarChart("dai", "Tên dài", "Khoa", "Số", [new(label, 3)]));

        var lines = svg.Descendants(Svg + "g").Single().Elements(Svg + "text").SkipLast(1).Select(t => t.Value).ToList();
        Assert.True(lines.Count > 1);
        Assert.Equal(label, string.Join(' ', lines));
    }

    [Fact]
    public void Colours_come_from_the_theme_and_meet_WCAG_AA_contrast_on_its_backgrounds()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot(), "Themes", "Default", "wwwroot", "css", "site.css"));
        var palette = CustomProperty().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.ToLowerInvariant());
        string[] backgrounds = [palette["paper"], palette["wash"]];
        var svg = new XElement("both", Parse(ByDepartment), Parse(ByDepartment with { Direction = BarDirection.Vertical }));

        var fills = svg.Descendants(Svg + "rect").Select(r => r.Attribute("fill")!.Value).Distinct().ToList();
        var textFills = svg.Descendants(Svg + "text").Select(t => t.Attribute("fill")!.Value).Distinct().ToList();
        var strokes = svg.Descendants(Svg + "line").Select(l => l.Attribute("stroke")!.Value).Distinct().ToList();

        Assert.NotEmpty(fills);
        Assert.NotEmpty(textFills);
        Assert.NotEmpty(strokes);
        Assert.All(fills.Concat(textFills).Concat(strokes), colour => Assert.Contains(colour, palette.Values));
        foreach (var background in backgrounds)
        {
            Assert.All(fills.Concat(strokes), colour => Assert.True(Contrast(colour, background) >= 3, $"{colour} on {background}"));
            Assert.All(textFills, colour => Assert.True(Contrast(colour, background) >= 4.5, $"{colour} on {background}"));
        }
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentException>(() => BarChartSvg.Render(new BarChart("x", "x", "x", "x", [new("Âm", -1)])));

    /// <summary>WCAG 2.1's contrast ratio of two #rrggbb colours.</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
        }
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThiDuaCms.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No ThiDuaCms.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"--([a-z-]+):\s*(#[0-9a-fA-F]{6});")]
    private static partial Regex CustomProperty();
}
