namespace Solutions.Endpoint.Containers;

/// <summary>A container cannot serve the request at all, e.g. its bundle failed to load on demand; the caller gets ServiceUnavailable.</summary>
public sealed class ContainerUnavailableException(string reason) : Exception(reason);
