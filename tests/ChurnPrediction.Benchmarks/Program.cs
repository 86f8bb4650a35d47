using Solutions.ChurnPrediction.Benchmarks;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync("ChurnPrediction.Benchmarks", args, new BenchmarkCommand());
