using Solutions.ChurnPrediction.Benchmarks.Http;
using Solutions.ChurnPrediction.Benchmarks.Inference;
using Solutions.ChurnPrediction.Benchmarks.Reporting;
using Solutions.ChurnPrediction.Benchmarks.Training;

namespace Solutions.ChurnPrediction.Benchmarks;

/// <summary>Everything one benchmark run measured, and where.</summary>
/// <param name="Machine">The machine, with its load average at the start.</param>
/// <param name="StartedUtc">When the benchmark started.</param>
/// <param name="Duration">How long the whole benchmark took.</param>
/// <param name="Configuration">The build configuration the benchmark ran in ("Release" for figures worth recording).</param>
/// <param name="Training">Training run and final fit times.</param>
/// <param name="InProcess">Prediction latencies inside one process.</param>
/// <param name="Http">The <c>/invocations</c> load levels.</param>
/// <param name="LoadAverageBeforeHttp">The load averages after training and in-process prediction, which use one thread.</param>
/// <param name="LoadAverageAfter">The load averages at the end, beside <see cref="MachineDescription.LoadAverage"/> at the start.</param>
public sealed record BenchmarkResults(
    MachineDescription Machine,
    DateTimeOffset StartedUtc,
    TimeSpan Duration,
    string Configuration,
    TrainingTimings Training,
    InProcessResults InProcess,
    HttpResults Http,
    string LoadAverageBeforeHttp,
    string LoadAverageAfter);
