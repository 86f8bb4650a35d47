using Solutions.PaymentClassification;
using Solutions.PaymentClassification.Commands;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync(
    PaymentRunOptions.SolutionName, args,
    new RunCommand(), new GenerateCommand(), new IngestCommand(), new EvaluateCommand(), new PredictCommand(), new ServeCommand(),
    new BenchmarkCommand());
