using Solutions.BirdDetection.Commands;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync("BirdDetection", args, new RunCommand(), new GenerateCommand(), new DetectCommand(), new ServeCommand());
