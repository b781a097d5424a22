using static ThiDuaCms.Bench.Shared.ProcessFigures;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using NetVips;
using ThiDuaCms.Content.Media;

// Variant generation for one 4000 × 3000 JPEG, as an upload runs it: header check, one decode with shrink-on-load,
// 1600/800/320 in WebP and JPEG, metadata stripped. Targets: median under 500 ms, peak under 200 MB above the
// process's resident size before the runs.
//
//   dotnet run -c Release --project bench/ThiDuaCms.Bench.Media [-- --runs 15 --warmup 2]

const double TargetMedianMs = 500;
const double TargetExtraMb = 200;
var runs = Argument("--runs", 15);
var warmup = Argument("--warmup", 2);

var directory = Directory.CreateTempSubdirectory("thiduacms-bench-media-");
try
{
    var source = Path.Combine(directory.FullName, "photo-4000x3000.jpg");
    MakePhoto(source, 4000, 3000);
    var variants = new ImageVariants(Options.Create(new MediaOptions()));

    // The source image was made in this process: collect, then reset the peak so only the runs count.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var peakReset = ResetPeakResidentSize();
    var baselineMb = Status("VmRSS");

    ProcessedImage? last = null;
    for (var i = 0; i < warmup; i++)
    {
        last = Generate(variants, source);
    }
    var wall = new List<double>(runs);
    var cpu = new List<double>(runs);
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        last = Generate(variants, source);
        watch.Stop();
        process.Refresh();
        wall.Add(watch.Elapsed.TotalMilliseconds);
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }
    var peakMb = Status("VmHWM");
    var extraMb = peakMb - baselineMb;

    wall.Sort();
    cpu.Sort();
    var median = Percentile(wall, 0.5);
    Console.WriteLine(FormattableString.Invariant($"Variant generation, 4000 × 3000 JPEG ({new FileInfo(source).Length / 1024} KB), {runs} runs after {warmup} warm-up, {Environment.ProcessorCount} cores, libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}"));
    foreach (var v in last!.Variants)
    {
        Console.WriteLine(FormattableString.Invariant($"  {v.Width,4} × {v.Height,-4} {v.Format,-4} {v.Content.Length / 1024,5} KB"));
    }
    Console.WriteLine(FormattableString.Invariant($"wall ms: median {median:0.0}, p90 {Percentile(wall, 0.9):0.0}, min {wall[0]:0.0}, max {wall[^1]:0.0}"));
    Console.WriteLine(FormattableString.Invariant($"cpu ms (all threads): median {Percentile(cpu, 0.5):0.0}"));
    Console.WriteLine(FormattableString.Invariant($"memory: resident before {baselineMb:0.0} MB, peak {peakMb:0.0} MB, peak extra {extraMb:0.0} MB{(peakReset ? "" : " (peak not resettable here: includes making the source image)")}"));
    var pass = median < TargetMedianMs && extraMb < TargetExtraMb;
    Console.WriteLine(FormattableString.Invariant($"targets: median < {TargetMedianMs} ms {(median < TargetMedianMs ? "met" : "MISSED")}, extra < {TargetExtraMb} MB {(extraMb < TargetExtraMb ? "met" : "MISSED")}"));
    return pass ? 0 : 1;
}
finally
{
    directory.Delete(recursive: true);
}

static ProcessedImage Generate(ImageVariants variants, string source)
{
    var result = variants.Generate(source, ImageFormat.Jpeg);
    return result.Value ?? throw new InvalidOperationException(result.Error);
}

// A photo-like picture: smooth shapes at three scales plus grain, so the JPEG weighs what a camera's does.
static void MakePhoto(string path, int width, int height)
{
    using var r = Image.Perlin(width, height, cellSize: 300, uchar: true, seed: 1);
    using var g = Image.Perlin(width, height, cellSize: 120, uchar: true, seed: 2);
    using var b = Image.Perlin(width, height, cellSize: 40, uchar: true, seed: 3);
    using var grain = Image.Gaussnoise(width, height, mean: 0, sigma: 4);
    using var rgb = r.Bandjoin(g, b);
    using var grainy = rgb + grain;
    using var photo = grainy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    photo.Jpegsave(path, q: 90);
}

int Argument(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
