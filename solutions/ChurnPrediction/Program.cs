using Solutions.ChurnPrediction.Commands;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync(
    "ChurnPrediction", args, new RunCommand(), new EvaluateCommand(), new PredictCommand(), new ServeCommand());
