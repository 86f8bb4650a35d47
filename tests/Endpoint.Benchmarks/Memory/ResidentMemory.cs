using System.Globalization;

namespace Solutions.Endpoint.Benchmarks.Memory;

/// <summary>A process's resident set size as Linux reports it in <c>/proc/&lt;pid&gt;/status</c> (<c>VmRSS</c>).</summary>
public static class ResidentMemory
{
    /// <summary>The resident set of process <paramref name="pid"/> in kB.</summary>
    /// <exception cref="InvalidOperationException">The process is gone, or its status has no readable VmRSS line.</exception>
    public static long Kilobytes(int pid)
    {
        var path = $"/proc/{pid}/status";
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception gone) when (gone is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidOperationException($"{path}: no such process (it exited?)", gone);
        }
        return Parse(lines, path);
    }

    /// <summary>Reads the <c>VmRSS:   123456 kB</c> line of a status file's lines.</summary>
    public static long Parse(IEnumerable<string> statusLines, string source)
    {
        var line = statusLines.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{source}: no VmRSS line (a kernel thread, or not Linux?)");
        var fields = line.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 3 && fields[2] == "kB" && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? kb
            : throw new InvalidOperationException($"{source}: VmRSS line '{line}' is not 'VmRSS: <number> kB'");
    }
}
