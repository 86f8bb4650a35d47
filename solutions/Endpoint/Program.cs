using Solutions.Endpoint;
using Solutions.Endpoint.Commands;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync(
    "Endpoint",
    CommandFlags.Expand(args, ServeCommand.TrainMissingOption),
    new ServeCommand(SuiteSolutions.Loaders, SuiteSolutions.Trainers, SuiteSolutions.DocumentLoaders));
