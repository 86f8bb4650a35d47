using System.Net;
using System.Text;

namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>
/// Loads <c>POST /invocations</c> with single-row CSV requests over loopback, one wrk run per level of concurrency,
/// against a freshly started server; a level with any non-2xx answer is an error, not a figure.
/// </summary>
public static class HttpBenchmark
{
    private const int WarmUpConnections = 16;
    private static readonly TimeSpan ServerReadyTimeout = TimeSpan.FromSeconds(60);

    public static async Task<HttpResults> MeasureAsync(HttpBenchmarkSettings settings, TextWriter log)
    {
        var wrkVersion = Wrk.Version();
        var scriptPath = Path.Combine(Path.GetTempPath(), $"churn-invocations-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(scriptPath, WrkScript.For(settings.RequestBody));
        try
        {
            using var server = await ServerProcess.StartAsync(
                settings.ServerAssembly, settings.ModelFolder, settings.ServerEnvironment, ServerReadyTimeout);
            var url = new Uri(server.BaseAddress, "invocations");
            var sample = await PostOnceAsync(url, settings.RequestBody);
            log.WriteLine($"  server ready at {server.BaseAddress}; {settings.RequestBody.TrimEnd()} -> {sample}");

            if (settings.WarmUpSeconds > 0)
            {
                Checked(Wrk.Measure(url, scriptPath, WarmUpConnections, HttpBenchmarkSettings.ThreadsFor(WarmUpConnections), settings.WarmUpSeconds));
            }
            var levels = new List<HttpLevel>(settings.Connections.Count);
            foreach (var connections in settings.Connections)
            {
                var level = Checked(Wrk.Measure(url, scriptPath, connections, HttpBenchmarkSettings.ThreadsFor(connections), settings.Seconds));
                log.WriteLine(
                    $"  {connections,2} connections: {level.RequestsPerSecond:N0} requests/s, p50 {level.P50Microseconds / 1000:0.000} ms, " +
                    $"p99 {level.P99Microseconds / 1000:0.000} ms, socket errors {level.SocketErrors}");
                levels.Add(level);
            }
            return new HttpResults(
                "`dotnet ChurnPrediction.dll serve` in its own process", settings.ServerEnvironment, wrkVersion,
                settings.RequestBody.TrimEnd(), sample, settings.WarmUpSeconds, levels);
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    /// <summary>One request with the benchmark's body, so a wrong payload fails here with the server's message.</summary>
    private static async Task<string> PostOnceAsync(Uri url, string body)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var content = new StringContent(body, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync(url, content);
        var text = (await response.Content.ReadAsStringAsync()).Trim();
        return response.StatusCode == HttpStatusCode.OK
            ? text
            : throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}: {text}");
    }

    private static HttpLevel Checked(HttpLevel level) =>
        level.NonSuccessResponses == 0
            ? level
            : throw new InvalidOperationException(
                $"{level.NonSuccessResponses:N0} of {level.Requests:N0} requests at {level.Connections} connections got a non-2xx answer; " +
                "the figures would not measure successful predictions.");
}
