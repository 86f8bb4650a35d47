using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>Runs the wrk HTTP load generator (Debian package <c>wrk</c>) for a fixed time and reads its report.</summary>
public static class Wrk
{
    private const string Executable = "wrk";

    /// <summary>Seconds wrk may overrun its duration (start-up, draining connections) before it is stopped.</summary>
    private const int GraceSeconds = 30;

    /// <summary>The first line of <c>wrk -v</c>, e.g. "wrk debian/4.1.0-3+b2 [epoll] ...".</summary>
    public static string Version()
    {
        var (output, _) = Run(["-v"], TimeSpan.FromSeconds(GraceSeconds));
        return output.Split('\n')[0].Replace("Copyright (C) 2012 Will Glozer", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>One load level: <paramref name="connections"/> keep-alive connections for <paramref name="seconds"/>, latency percentiles on.</summary>
    public static HttpLevel Measure(Uri url, string scriptPath, int connections, int threads, int seconds)
    {
        var (output, exitCode) = Run(
            [
                "--threads", threads.ToString(CultureInfo.InvariantCulture),
                "--connections", connections.ToString(CultureInfo.InvariantCulture),
                "--duration", $"{seconds.ToString(CultureInfo.InvariantCulture)}s",
                "--latency",
                "--script", scriptPath,
                url.ToString(),
            ],
            TimeSpan.FromSeconds(seconds + GraceSeconds));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with code {exitCode}:\n{output}");
        }
        return WrkReport.Parse(output, connections, threads);
    }

    private static (string Output, int ExitCode) Run(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        }
        catch (Win32Exception notFound)
        {
            throw new InvalidOperationException(
                $"Could not run '{Executable}' ({notFound.Message}). Install it with 'apt-get install -y wrk' (run.sh does).", notFound);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill();
                process.WaitForExit();
                throw new InvalidOperationException($"wrk did not finish within {timeout.TotalSeconds:0} s and was stopped.");
            }
            return (output.Result + error.Result, process.ExitCode);
        }
    }
}
