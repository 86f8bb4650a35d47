using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Solutions.LungSurvival.Serving;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>serve [--model DIR] [--mode survival|radiomics|both] [--port N]</c>: one of the solution's three models behind
/// SageMaker's container contract (<c>GET /ping</c>, <c>POST /invocations</c>, port from <c>SAGEMAKER_BIND_TO_PORT</c>, else 8080):
/// the survival model (joined rows in, P(Dead) out), the radiomics model (a patient's zip in, the joined row out), or both
/// in one step (a patient's zip with clinical.csv in, P(Dead) out).
/// </summary>
public sealed class ServeCommand : ISolutionCommand
{
    public const string SurvivalMode = "survival";
    public const string RadiomicsMode = "radiomics";
    public const string BothMode = "both";

    public string Name => "serve";

    public string Summary => "serve the survival, radiomics or one-step model over HTTP (GET /ping, POST /invocations; not for clinical use)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "the mode's bundle folder (default: artifacts/lung/model, artifacts/lung/radiomics or artifacts/lung/archive)"),
        new("mode", "MODE", $"{SurvivalMode} (rows to P(Dead), the default), {RadiomicsMode} (a patient's zip to its feature row) or {BothMode} (a zip to P(Dead))"),
        new("port", "N", "port to listen on (default: SAGEMAKER_BIND_TO_PORT, else 8080)"),
    ];

    /// <summary>The bundle folder a mode serves when <c>--model</c> is not given, under the repository's artifacts/lung/.</summary>
    public static string DefaultModelFolder(string mode) => Path.Combine(RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory(), "artifacts", "lung",
        mode switch { RadiomicsMode => "radiomics", BothMode => "archive", _ => "model" });

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var mode = arguments.Get("mode") ?? SurvivalMode;
        if (mode is not (SurvivalMode or RadiomicsMode or BothMode))
        {
            throw new CommandLineException($"'{Name}': --mode must be {SurvivalMode}, {RadiomicsMode} or {BothMode}, not '{mode}'.");
        }
        var model = arguments.Get("model") ?? DefaultModelFolder(mode);
        var port = arguments.Get("port") is null ? (int?)null : arguments.GetInt("port", 0);
        // Load once here so a wrong folder or mode fails now, with its message, not later in a log.
        await using var app = Build(mode, model, new ServingOptions { Port = port });
        Console.WriteLine($"Serving the {mode} model {Path.GetFullPath(model)} on port {ServingPort.Resolve(port)}: GET /ping, POST /invocations. Ctrl+C stops.");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>The server for <paramref name="mode"/> over the bundle in <paramref name="model"/>, loaded here so a bad bundle fails at once.</summary>
    public static WebApplication Build(string mode, string model, ServingOptions options)
    {
        if (mode == SurvivalMode)
        {
            IPredictor rows = SurvivalBundle.Load(model).Predictor;
            return ServingHost.Build(() => rows, options);
        }
        IDocumentPredictor documents = mode == RadiomicsMode ? RadiomicsBundle.Load(model).Predictor : ArchiveSurvivalBundle.Load(model).Predictor;
        return ServingHost.Build(() => documents, options);
    }
}
