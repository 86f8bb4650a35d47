using Solutions.PriceOptimization.Commands;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync(
    "PriceOptimization", args, new RunCommand(), new GenerateCommand(), new WhatIfCommand(), new ServeCommand(), new BenchmarkCommand());
