using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Solutions.Endpoint.Tests;

/// <summary>The port a started app bound when asked for port 0.</summary>
internal static class LoopbackPort
{
    public static int Of(WebApplication app) =>
        new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;
}
