using System.Globalization;

namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>Reads wrk's output: its own summary lines and the two lines <see cref="WrkScript"/> adds.</summary>
public static class WrkReport
{
    private const string RequestsPerSecondLine = "Requests/sec:";
    private const string NonSuccessLine = "Non-2xx or 3xx responses:";

    /// <exception cref="InvalidOperationException">The output lacks a line or value it should have; the message quotes the output.</exception>
    public static HttpLevel Parse(string output, int connections, int threads)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var summary = Pairs(lines, WrkScript.SummaryTag, output);
        var latency = Pairs(lines, WrkScript.LatencyTag, output);
        var requestsPerSecond = Number(After(lines, RequestsPerSecondLine, output) ?? Missing<string>(RequestsPerSecondLine, output), RequestsPerSecondLine, output);
        // wrk prints this line only when some response was not 2xx or 3xx; the script's count must agree.
        var printedNonSuccess = After(lines, NonSuccessLine, output) is { } text ? (long)Number(text, NonSuccessLine, output) : 0;
        var nonSuccess = (long)Get(summary, "status");
        if (printedNonSuccess != nonSuccess)
        {
            throw new InvalidOperationException(
                $"wrk reports {printedNonSuccess} non-2xx/3xx responses but its script counted {nonSuccess}:\n{output}");
        }
        return new HttpLevel(
            connections,
            threads,
            Get(summary, "duration_us") / 1_000_000,
            (long)Get(summary, "requests"),
            requestsPerSecond,
            Get(latency, "mean_us"),
            Get(latency, "p50_us"),
            Get(latency, "p90_us"),
            Get(latency, "p99_us"),
            Get(latency, "max_us"),
            nonSuccess,
            (long)(Get(summary, "connect") + Get(summary, "read") + Get(summary, "write") + Get(summary, "timeout")));

        double Get(Dictionary<string, double> pairs, string key) =>
            pairs.TryGetValue(key, out var value) ? value : Missing<double>($"{key}=", output);
    }

    private static Dictionary<string, double> Pairs(string[] lines, string tag, string output)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(tag + " ", StringComparison.Ordinal)) ?? Missing<string>(tag, output);
        return line[(tag.Length + 1)..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                pair => pair[0],
                pair => pair.Length == 2 ? Number(pair[1], $"{tag} {pair[0]}", output) : Missing<double>($"{tag} {pair[0]}=VALUE", output),
                StringComparer.Ordinal);
    }

    private static string? After(string[] lines, string prefix, string output) =>
        lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();

    private static double Number(string text, string what, string output) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"wrk output: expected a number after '{what}', found '{text}':\n{output}");

    private static T Missing<T>(string what, string output) =>
        throw new InvalidOperationException($"wrk output lacks '{what}'; was wrk run with the benchmark's script?\n{output}");
}
