namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>What the <c>/invocations</c> benchmark serves, sends and how hard.</summary>
/// <param name="ServerAssembly">The built ChurnPrediction.dll.</param>
/// <param name="ModelFolder">The bundle the server loads.</param>
/// <param name="RequestBody">The CSV row every request posts.</param>
/// <param name="Connections">Levels of concurrent connections, measured in this order.</param>
/// <param name="Seconds">Duration of each level.</param>
/// <param name="WarmUpSeconds">Load before the first level, so the server's JIT has settled; not reported.</param>
/// <param name="ServerEnvironment">Variables for the server process only.</param>
public sealed record HttpBenchmarkSettings(
    string ServerAssembly,
    string ModelFolder,
    string RequestBody,
    IReadOnlyList<int> Connections,
    int Seconds,
    int WarmUpSeconds,
    IReadOnlyDictionary<string, string> ServerEnvironment)
{
    /// <summary>wrk threads for a level: one per connection, at most one per core of this 2-core machine.</summary>
    public static int ThreadsFor(int connections) => Math.Min(connections, 2);
}
