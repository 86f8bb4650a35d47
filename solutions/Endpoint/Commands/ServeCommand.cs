using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Training;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Commands;

/// <summary><c>serve --config FILE [--port N] [--train-missing] [--seed N]</c>: runs the endpoints a config file describes.</summary>
/// <param name="loaders">The solutions with tabular models the host can load.</param>
/// <param name="trainers">What <c>--train-missing</c> can train.</param>
/// <param name="documentLoaders">The solutions whose models answer whole documents (images, zips).</param>
public sealed class ServeCommand(
    IReadOnlyList<IPredictorLoader> loaders, IReadOnlyList<IBundleTrainer> trainers, IReadOnlyList<IDocumentPredictorLoader>? documentLoaders = null)
    : ISolutionCommand
{
    public const string TrainMissingOption = "train-missing";

    public string Name => "serve";

    public string Summary => "serve the endpoints of a config file: POST /endpoints/{name}/invocations (SageMaker Runtime), GET /ping";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("config", "FILE", "endpoint config, e.g. solutions/Endpoint/config/suite.json", Required: true),
        new("port", "N", "port to listen on (default: SAGEMAKER_BIND_TO_PORT, else 8080)"),
        new(TrainMissingOption, "", "train the model bundles the config names that do not exist yet, first"),
        CommandOption.Seed,
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var config = HostConfigFile.Load(arguments.Required("config"));
        var root = RepositoryRoot.TryFind() ?? Environment.CurrentDirectory;
        if (TrainMissing(arguments))
        {
            var trained = MissingBundles.Train(
                config, container => ContainerFactory.BundleFolder(container, root), trainers, arguments.Seed, ProgressDisplay.ForConsole());
            Console.WriteLine(trained.Count == 0 ? "Every bundle the config names exists; nothing to train." : $"Trained {trained.Count} bundle(s).");
        }
        var port = arguments.Get("port") is null ? (int?)null : arguments.GetInt("port", 0);
        var app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Port = port,
            Loaders = loaders,
            DocumentLoaders = documentLoaders ?? [],
            RepositoryRoot = root,
            // One JSON object per line, written by the console logger's background queue, for log shippers.
            ConfigureBuilder = builder =>
            {
                builder.Logging.ClearProviders().AddJsonConsole(json =>
                {
                    json.UseUtcTimestamp = true;
                    json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                    json.JsonWriterOptions = new() { Indented = false };
                });
                // A slow stdout must never hold up an invocation: drop log lines rather than wait for the queue.
                builder.Services.Configure<ConsoleLoggerOptions>(console => console.QueueFullMode = ConsoleLoggerQueueFullMode.DropWrite);
            },
        });
        await app.StartAsync(cancellationToken);
        WriteSummary(config, ServingPort.Resolve(port));
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static bool TrainMissing(CommandArguments arguments) => arguments.Get(TrainMissingOption) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw new CommandLineException($"'serve': --{TrainMissingOption} takes no value (or true/false), not '{other}'."),
    };

    private static void WriteSummary(HostConfig config, int port)
    {
        Console.WriteLine($"Listening on port {port}; GET {ServingContract.PingPath} answers 200 once every container is ready, " +
                          "GET /metrics serves Prometheus metrics. Ctrl+C or SIGTERM drains and stops.");
        foreach (var endpoint in config.Endpoints)
        {
            Console.WriteLine($"  POST {InvokeEndpointApi.InvocationsRoute.Replace("{EndpointName}", endpoint.EndpointName)}" +
                              $"  ({endpoint.InferenceExecutionConfig.Mode}: {string.Join(", ", endpoint.Containers.Select(c => c.ContainerHostname))})");
        }
        var security = config.Security;
        Console.WriteLine(security switch
        {
            { AccessKeys.Count: 0 } => "  Unsigned requests are allowed and signatures are not checked (no AccessKeys): for local use only.",
            { AllowUnsignedRequests: true } =>
                $"  Signed requests are checked against {security.AccessKeys.Count} access key(s) for region {security.Region}; unsigned ones are allowed too.",
            _ => $"  Requests must be signed (AWS Signature Version 4, region {security.Region}) with one of {security.AccessKeys.Count} access key(s).",
        });
    }
}
