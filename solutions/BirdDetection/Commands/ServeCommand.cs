using Microsoft.Extensions.Hosting;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Serving;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Commands;

/// <summary>
/// <c>serve [--model DIR] [--port N]</c>: SageMaker's container contract (<c>GET /ping</c>, <c>POST /invocations</c> with a
/// JPEG or PNG body) over a bird bundle, answering detections as SageMaker's built-in object detector does.
/// </summary>
public sealed class ServeCommand : ISolutionCommand
{
    public string Name => "serve";

    public string Summary => "serve a bird bundle over HTTP: GET /ping, POST /invocations with a JPEG or PNG (SageMaker's container contract)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (default: artifacts/birds/models/flipped/)"),
        new("port", "N", "port to listen on (default: SAGEMAKER_BIND_TO_PORT, else 8080)"),
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var model = arguments.GetPath("model", () => DetectCommand.DefaultModelFolder);
        // Read the bundle first so a wrong folder fails here, with its message, not later in a log.
        BirdBundle.Load(model);
        var port = arguments.Get("port") is null ? (int?)null : arguments.GetInt("port", 0);
        var app = ServingHost.Build(() => BirdDetectionPredictor.Load(model), new ServingOptions { Port = port });
        Console.WriteLine($"Serving {model} on port {ServingPort.Resolve(port)}: GET /ping, POST /invocations (image/jpeg, image/png). Ctrl+C stops.");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
