using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Solutions.Shared.Serving;

/// <summary>How <see cref="ServingHost"/> builds the server.</summary>
public sealed record ServingOptions
{
    /// <summary>The port to listen on; 0 picks a free one.</summary>
    /// <value>The default is null: <c>SAGEMAKER_BIND_TO_PORT</c> if set, else 8080.</value>
    public int? Port { get; init; }

    /// <summary>The address to listen on.</summary>
    /// <value>The default is null: every interface, as a container needs.</value>
    public IPAddress? Address { get; init; }

    /// <summary>Command-line arguments for the host's configuration.</summary>
    public string[] Args { get; init; } = [];

    /// <summary>Runs on the builder before the app is built: add services or logging, or swap the server in tests.</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
