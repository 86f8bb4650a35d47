using Microsoft.Extensions.Hosting;
using Solutions.PriceOptimization.Serving;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Serving;

namespace Solutions.PriceOptimization.Commands;

/// <summary><c>serve --model DIR [--port N]</c>: the SageMaker serving contract over a price bundle.</summary>
public sealed class ServeCommand : ISolutionCommand
{
    public string Name => "serve";

    public string Summary => "serve a price bundle over HTTP: GET /ping, POST /invocations {product, date, candidate_prices?, objective?}";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (e.g. artifacts/price/model)", Required: true),
        new("port", "N", "port to listen on (default: SAGEMAKER_BIND_TO_PORT, else 8080)"),
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var model = arguments.Required("model");
        // Read the bundle first so a wrong folder fails here, with its message, not later in a log.
        PriceBundle.Load(model);
        var port = arguments.Get("port") is null ? (int?)null : arguments.GetInt("port", 0);
        var app = ServingHost.Build(() => PriceBundle.Load(model).Predictor, new ServingOptions { Port = port });
        Console.WriteLine($"Serving {Path.GetFullPath(model)} on port {ServingPort.Resolve(port)}: GET /ping, POST /invocations. Ctrl+C stops.");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
