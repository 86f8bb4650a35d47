using Solutions.LungSurvival.Commands;
using Solutions.Shared.Modeling.Cli;

// generate-cohort is the default command until the survival model's `run` (part 2) exists.
return await SolutionCommandLine.RunAsync("LungSurvival", args, new GenerateCohortCommand());
