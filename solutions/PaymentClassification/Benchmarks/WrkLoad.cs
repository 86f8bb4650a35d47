using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Solutions.PaymentClassification.Benchmarks;

/// <summary>Drives an HTTP endpoint with wrk (Debian package <c>wrk</c>) and reads its latency distribution.</summary>
internal static partial class WrkLoad
{
    public static bool IsInstalled() => FindOnPath("wrk") is not null;

    /// <summary>Posts <paramref name="body"/> as <paramref name="contentType"/> for <paramref name="seconds"/>; bounded by a kill after twice that.</summary>
    public static InvocationLoad Run(string url, string body, string contentType, int connections, int threads, int seconds, string workFolder)
    {
        var script = Path.Combine(workFolder, "invocation.lua");
        File.WriteAllText(script,
            $"wrk.method = \"POST\"\nwrk.body = \"{Escape(body)}\"\nwrk.headers[\"Content-Type\"] = \"{contentType}\"\n");
        var start = new ProcessStartInfo("wrk",
            ["-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
             "-d", $"{seconds}s", "--latency", "-s", script, url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wrk");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds * 2 + 30)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"wrk did not finish within {seconds * 2 + 30} s");
        }
        var output = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed (exit {process.ExitCode}): {stderr.Result}{output}");
        }
        var requests = long.Parse(RequestsLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new InvocationLoad(connections, threads, seconds,
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50"), Percentile(output, "99"), requests, errors);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"wrk's output has no {percent}% latency line:\n{output}");
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
