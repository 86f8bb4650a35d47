namespace Solutions.Endpoint.Configuration;

/// <summary>How the host notices a new bundle version dropped into a container's <c>ModelDataUrl</c> folder and swaps it in.</summary>
public sealed record BundleWatchConfig
{
    /// <summary>
    /// How often each bundle folder's manifest.json is read; a changed bundle is loaded once it has looked the same on two
    /// polls in a row, so a bundle still being copied is not loaded half-written. 0 turns watching off.
    /// </summary>
    /// <value>The default is 5 seconds.</value>
    public double PollSeconds { get; init; } = 5;
}
