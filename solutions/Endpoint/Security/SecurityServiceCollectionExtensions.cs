using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Registers <see cref="EndpointSecurity"/> for <paramref name="settings"/>, with the system clock unless a TimeProvider is already registered.</summary>
    public static IServiceCollection AddEndpointSecurity(this IServiceCollection services, SecuritySettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton<EndpointSecurity>();
        return services;
    }
}
