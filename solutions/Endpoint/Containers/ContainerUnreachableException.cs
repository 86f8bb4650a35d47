namespace Solutions.Endpoint.Containers;

/// <summary>A container gave no HTTP answer: it timed out or refused the connection.</summary>
public sealed class ContainerUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
