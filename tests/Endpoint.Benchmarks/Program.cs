using Solutions.Endpoint.Benchmarks.Faults;
using Solutions.Endpoint.Benchmarks.InProcess;
using Solutions.Endpoint.Benchmarks.Memory;
using Solutions.Endpoint.Benchmarks.Reporting;
using Solutions.Shared.Modeling.Cli;

return await SolutionCommandLine.RunAsync(
    "Endpoint.Benchmarks", args, new InProcessCommand(), new RssCommand(), new FaultCheckCommand(), new ReportCommand());
