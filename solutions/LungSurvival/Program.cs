using Solutions.LungSurvival.Commands;
using Solutions.Shared.Modeling.Cli;

// `inspect FILE` reads better than `inspect --file FILE`; the shared parser takes options only, so map the one form.
if (args is [InspectCommand.CommandName, var file] && !file.StartsWith("--", StringComparison.Ordinal))
{
    args = [InspectCommand.CommandName, "--file", file];
}

// run, the first, is the default command.
return await SolutionCommandLine.RunAsync("LungSurvival", args,
    new RunCommand(), new GenerateCohortCommand(), new ConvertCommand(), new InspectCommand(), new BenchmarkCommand(),
    new RadiomicsCommand(), new ExtractCommand(), new MergeCommand(), new PredictCommand(), new ServeCommand());
