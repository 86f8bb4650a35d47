using System.Text;

namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>
/// The Lua script wrk runs: every request posts the same CSV row, and at the end the script prints the counts and
/// exact latency percentiles (in microseconds) on one line each, which wrk's own rounded summary does not give.
/// </summary>
public static class WrkScript
{
    /// <summary>Starts the line with the counts; <see cref="WrkReport"/> looks for it.</summary>
    public const string SummaryTag = "benchmark-summary";

    /// <summary>Starts the line with the latencies.</summary>
    public const string LatencyTag = "benchmark-latency";

    public static string For(string csvBody) => $$"""
        wrk.method = "POST"
        wrk.body = "{{LuaEscape(csvBody)}}"
        wrk.headers["Content-Type"] = "text/csv"

        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("{{SummaryTag}} requests=%d duration_us=%d status=%d connect=%d read=%d write=%d timeout=%d\n",
            summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout))
          io.write(string.format("{{LatencyTag}} mean_us=%.3f p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
            latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
        end
        """;

    private static string LuaEscape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
