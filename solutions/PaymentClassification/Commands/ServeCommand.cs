using Microsoft.Extensions.Hosting;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Serving;

namespace Solutions.PaymentClassification.Commands;

/// <summary><c>serve --model DIR [--port N] [--store PATH|CONN]</c>: the SageMaker serving contract over a bundle and its feature store.</summary>
public sealed class ServeCommand : ISolutionCommand
{
    public string Name => "serve";

    public string Summary => "serve a bundle over HTTP (GET /ping, POST /invocations); each request's features come from the store";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        PaymentOptions.Model,
        new("port", "N", "port to listen on (default: SAGEMAKER_BIND_TO_PORT, else 8080)"),
        PaymentOptions.Store with { Description = PaymentOptions.Store.Description + " (default: the bundle's)" },
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var model = arguments.Required("model");
        var store = arguments.Get("store");
        // Check the manifest and the store first so a wrong folder fails here, with its message, not later in a log.
        var location = PaymentBundle.StoreOf(model, ModelBundle.ReadManifest(model), store);
        var port = arguments.Get("port") is null ? (int?)null : arguments.GetInt("port", 0);
        PaymentPredictor? predictor = null;
        await using var app = ServingHost.Build(() => predictor = PaymentBundle.Load(model, store).Predictor, new ServingOptions { Port = port });
        Console.WriteLine($"Serving {Path.GetFullPath(model)} with the feature store {location} on port {ServingPort.Resolve(port)}: " +
                          "GET /ping, POST /invocations. Ctrl+C stops.");
        try
        {
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            predictor?.Dispose();
        }
        return 0;
    }
}
