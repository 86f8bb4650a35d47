using System.Globalization;

namespace Solutions.Shared.Serving;

/// <summary>Decides which port the server listens on: an explicit choice, else SageMaker's variable, else 8080.</summary>
public static class ServingPort
{
    /// <summary>Resolves the port from <paramref name="explicitPort"/> or the process environment.</summary>
    public static int Resolve(int? explicitPort) => Resolve(explicitPort, Environment.GetEnvironmentVariable);

    /// <summary>Resolves the port from <paramref name="explicitPort"/> or the given environment lookup.</summary>
    /// <param name="explicitPort">Wins when given; 0 asks the operating system for a free port.</param>
    /// <param name="environment">Reads an environment variable (a dictionary lookup in tests).</param>
    /// <exception cref="ArgumentOutOfRangeException">The explicit port is outside 0-65535.</exception>
    /// <exception cref="FormatException">The variable is set but is not a port number 1-65535.</exception>
    public static int Resolve(int? explicitPort, Func<string, string?> environment)
    {
        if (explicitPort is { } port)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(port, nameof(explicitPort));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535, nameof(explicitPort));
            return port;
        }
        var text = environment(ServingContract.PortVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ServingContract.DefaultPort;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var fromEnvironment)
            && fromEnvironment is >= 1 and <= 65535)
        {
            return fromEnvironment;
        }
        throw new FormatException(
            $"environment variable {ServingContract.PortVariable}='{text}' is not a port number (expected 1-65535)");
    }
}
