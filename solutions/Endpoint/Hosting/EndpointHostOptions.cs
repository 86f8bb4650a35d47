using System.Net;
using Microsoft.AspNetCore.Builder;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Hosting;

/// <summary>How <see cref="EndpointHost"/> builds the server.</summary>
public sealed record EndpointHostOptions
{
    /// <summary>The port to listen on; 0 picks a free one.</summary>
    /// <value>The default is null: <c>SAGEMAKER_BIND_TO_PORT</c> if set, else 8080.</value>
    public int? Port { get; init; }

    /// <summary>The address to listen on.</summary>
    /// <value>The default is null: every interface.</value>
    public IPAddress? Address { get; init; }

    /// <summary>The solutions whose bundles the host can load (see <see cref="SuiteSolutions"/>).</summary>
    public IReadOnlyList<IPredictorLoader> Loaders { get; init; } = [];

    /// <summary>The solutions whose bundles hold a model answering whole documents (see <see cref="SuiteSolutions.DocumentLoaders"/>).</summary>
    public IReadOnlyList<IDocumentPredictorLoader> DocumentLoaders { get; init; } = [];

    /// <summary>The folder relative bundle paths (<c>ModelDataUrl</c>) start from.</summary>
    /// <value>The default is null: the repository root, else the working directory.</value>
    public string? RepositoryRoot { get; init; }

    /// <summary>Command-line arguments for the host's configuration.</summary>
    public string[] Args { get; init; } = [];

    /// <summary>Runs on the builder before the app is built: add services or logging, or swap the server in tests.</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
