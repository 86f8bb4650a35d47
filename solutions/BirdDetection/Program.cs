using Solutions.BirdDetection.Commands;
using Solutions.Shared.Modeling.Cli;

// generate is the default command until training (`run`) exists; run, detect and serve join the list as they land.
return await SolutionCommandLine.RunAsync("BirdDetection", args, new GenerateCommand());
