using System.Globalization;

namespace ThiDuaCms.Bench.Shared;

/// <summary>What the console benches read about their own process (Linux /proc), and how they summarise samples.</summary>
internal static class ProcessFigures
{
    /// <summary>Resets VmHWM (the peak resident size) to the current size: "5" in clear_refs, Linux 4.0+.</summary>
    public static bool ResetPeakResidentSize()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A memory field of /proc/self/status (VmRSS, VmHWM, …) in MB.</summary>
    public static double Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kilobytes = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024d;
    }

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
