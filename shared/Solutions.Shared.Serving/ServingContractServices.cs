using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Solutions.Shared.Serving.Endpoints;
using Solutions.Shared.Serving.Hosting;

namespace Solutions.Shared.Serving;

/// <summary>Registers what <see cref="ServingContractEndpoints.MapServingContract"/> needs.</summary>
public static class ServingContractServices
{
    /// <summary>
    /// Registers the model loader; it runs in the background when the host starts, so the server answers
    /// <c>/ping</c> (with 503) at once and 200 when the loader completes.
    /// </summary>
    public static IServiceCollection AddServingContract(
        this IServiceCollection services, Func<CancellationToken, Task<IPredictor>> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PredictorSlot)))
        {
            throw new InvalidOperationException("AddServingContract was already called: one host serves one model");
        }
        services.AddSingleton(provider => new PredictorSlot(
            loader, provider.GetRequiredService<ILogger<PredictorSlot>>()));
        services.AddHostedService<PredictorLoadingService>();
        services.TryAddSingleton<PingEndpoint>();
        services.TryAddSingleton<InvocationsEndpoint>();
        return services;
    }

    /// <summary>Registers a synchronous model loader; it runs on a thread-pool thread.</summary>
    public static IServiceCollection AddServingContract(this IServiceCollection services, Func<IPredictor> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return services.AddServingContract(cancellationToken => Task.Run(loader, cancellationToken));
    }
}
