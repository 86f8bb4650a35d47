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
        return services.AddProcessor(async cancellationToken => InvocationProcessor.Create(
            await loader(cancellationToken).ConfigureAwait(false) ?? throw LoadedNull()));
    }

    /// <summary>Registers a synchronous model loader; it runs on a thread-pool thread.</summary>
    public static IServiceCollection AddServingContract(this IServiceCollection services, Func<IPredictor> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return services.AddServingContract(cancellationToken => Task.Run(loader, cancellationToken));
    }

    /// <summary>
    /// Registers the loader of a model that answers whole documents; like the tabular overload it runs in the background
    /// when the host starts.
    /// </summary>
    public static IServiceCollection AddServingContract(
        this IServiceCollection services, Func<CancellationToken, Task<IDocumentPredictor>> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return services.AddProcessor(async cancellationToken => InvocationProcessor.Create(
            await loader(cancellationToken).ConfigureAwait(false) ?? throw LoadedNull()));
    }

    /// <summary>Registers a synchronous loader of a document model; it runs on a thread-pool thread.</summary>
    public static IServiceCollection AddServingContract(this IServiceCollection services, Func<IDocumentPredictor> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return services.AddServingContract(cancellationToken => Task.Run(loader, cancellationToken));
    }

    private static IServiceCollection AddProcessor(
        this IServiceCollection services, Func<CancellationToken, Task<InvocationProcessor>> loader)
    {
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

    private static InvalidOperationException LoadedNull() => new("the model loader returned null");
}
