using System.Globalization;
using System.Runtime.InteropServices;

namespace Solutions.ChurnPrediction.Benchmarks.Reporting;

/// <summary>The machine the figures were measured on, as Linux reports it.</summary>
/// <param name="Processors">Logical processors, as <c>nproc</c> counts them.</param>
/// <param name="MemoryGiB">Total memory (<c>MemTotal</c> of /proc/meminfo).</param>
/// <param name="CpuModel">The <c>model name</c> of /proc/cpuinfo.</param>
/// <param name="Runtime">The .NET runtime, e.g. ".NET 10.0.0".</param>
/// <param name="OperatingSystem">The kernel and distribution as .NET describes them.</param>
/// <param name="LoadAverage">The 1, 5 and 15 minute load averages when captured: work other than ours competes for the cores.</param>
public sealed record MachineDescription(
    int Processors, double MemoryGiB, string CpuModel, string Runtime, string OperatingSystem, string LoadAverage)
{
    private const string CpuInfo = "/proc/cpuinfo";
    private const string MemInfo = "/proc/meminfo";
    private const string LoadAvg = "/proc/loadavg";

    public static MachineDescription Capture() => new(
        Environment.ProcessorCount,
        MemoryKiB() / (1024.0 * 1024.0),
        FirstValue(CpuInfo, "model name") ?? "unknown",
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        CurrentLoadAverage());

    /// <summary>"1-minute 5-minute 15-minute", e.g. "0.52 0.80 1.10", or "unknown" off Linux.</summary>
    public static string CurrentLoadAverage() =>
        File.Exists(LoadAvg) ? string.Join(' ', File.ReadAllText(LoadAvg).Split(' ').Take(3)) : "unknown";

    private static double MemoryKiB()
    {
        // "MemTotal:       24684108 kB"
        var value = FirstValue(MemInfo, "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var kib) ? kib : double.NaN;
    }

    private static string? FirstValue(string path, string key) =>
        !File.Exists(path)
            ? null
            : File.ReadLines(path)
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
                .Select(parts => parts[1].Trim())
                .FirstOrDefault();
}
