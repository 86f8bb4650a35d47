namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>The <c>/invocations</c> measurements and how they were made.</summary>
/// <param name="Server">How the server ran, e.g. "separate process: dotnet ChurnPrediction.dll serve".</param>
/// <param name="ServerEnvironment">Variables set for the server process only (e.g. DOTNET_gcServer=1); empty for defaults.</param>
/// <param name="WrkVersion">The load generator, as <c>wrk -v</c> names itself.</param>
/// <param name="RequestBody">The CSV row every request posts.</param>
/// <param name="SampleResponse">The server's answer to that row, checked before the load.</param>
/// <param name="WarmUpSeconds">Seconds of load before the measured levels, not reported.</param>
/// <param name="Levels">One measurement per level of concurrency, in the order run.</param>
public sealed record HttpResults(
    string Server,
    IReadOnlyDictionary<string, string> ServerEnvironment,
    string WrkVersion,
    string RequestBody,
    string SampleResponse,
    int WarmUpSeconds,
    IReadOnlyList<HttpLevel> Levels);
