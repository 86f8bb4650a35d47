using System.Runtime.InteropServices;

namespace Solutions.Endpoint.Benchmarks.Reporting;

/// <summary>The machine the figures come from, as Linux and the runtime describe it.</summary>
public sealed record MachineInfo(int Cores, string CpuModel, double MemoryGibibytes, string Runtime, string OperatingSystem)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ProcValue("/proc/cpuinfo", "model name") ?? "unknown CPU",
        double.TryParse(ProcValue("/proc/meminfo", "MemTotal")?.Split(' ')[0], out var kb) ? Math.Round(kb / 1024 / 1024, 1) : double.NaN,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription);

    private static string? ProcValue(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }
}
