using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Tests;
using ThiDuaCms.Themes.Default.Charts;

namespace ThiDuaCms.Web.Tests.Themes;

/// <summary>The theme's _BarChart partial, rendered by the site's own Razor engine.</summary>
public sealed class BarChartPartialTests(TestSite site) : IClassFixture<TestSite>
{
    private static readonly BarChart ByYear = new("theo-nam", "Khen thưởng theo năm", "Năm", "Số khen thưởng",
        [new("2021", 1234), new("2022", 56), new("2023 & <2024>", 20_000)]) { Direction = BarDirection.Vertical };

    private async Task<AngleSharp.Dom.IElement> RenderAsync(BarChart chart)
    {
        using var scope = site.Services.CreateScope();
        var services = scope.ServiceProvider;
        var http = new DefaultHttpContext { RequestServices = services };
        var view = services.GetRequiredService<IRazorViewEngine>().GetView(null, "/Pages/Shared/_BarChart.cshtml", isMainPage: false);
        Assert.True(view.Success, "the theme has no _BarChart partial");
        using var writer = new StringWriter();
        var context = new ViewContext(
            new ActionContext(http, new RouteData(), new ActionDescriptor()),
            view.View,
            new ViewDataDictionary<BarChart>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = chart },
            new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>()),
            writer,
            new HtmlHelperOptions());
        await view.View.RenderAsync(context);
        var document = await new HtmlParser().ParseDocumentAsync($"<!doctype html><body>{writer}</body>");
        return document.QuerySelector(".chart")!;
    }

    [Fact]
    public async Task The_table_holds_the_same_figures_as_the_chart()
    {
        var chart = await RenderAsync(ByYear);

        var svg = chart.QuerySelector("svg")!;
        var drawn = svg.QuerySelectorAll("g").Select(g => (Label: g.Children[^1].TextContent, Value: g.Children[1].TextContent)).ToList();
        var tabled = chart.QuerySelectorAll("tbody tr")
            .Select(tr => (Label: tr.QuerySelector("th")!.TextContent, Value: tr.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal([("2021", "1.234"), ("2022", "56"), ("2023 & <2024>", "20.000")], tabled);
        Assert.Equal(tabled, drawn);
    }

    [Fact]
    public async Task The_table_has_a_caption_and_scoped_headers()
    {
        var chart = await RenderAsync(ByYear);

        var table = chart.QuerySelector("table")!;
        Assert.Equal("Khen thưởng theo năm", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Năm", "Số khen thưởng"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal("img", chart.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Equal("Khen thưởng theo năm", chart.QuerySelector("svg > title")!.TextContent);
    }

    [Fact]
    public async Task An_empty_series_says_there_are_no_figures_yet()
    {
        var chart = await RenderAsync(ByYear with { Bars = [] });

        Assert.Null(chart.QuerySelector("svg"));
        Assert.Equal("Chưa có số liệu.", chart.QuerySelector("p")!.TextContent);
    }
}
