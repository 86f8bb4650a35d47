namespace Solutions.Endpoint.Containers;

/// <summary>What a container answered, success or not; the endpoint turns a non-2xx answer into a ModelError.</summary>
/// <param name="StatusCode">The container's HTTP status.</param>
/// <param name="ContentType">The body's type, or null when the container gave none.</param>
/// <param name="Body">The response body (for errors, usually <c>{"message": ...}</c>).</param>
/// <param name="CustomAttributes">The container's <c>X-Amzn-SageMaker-Custom-Attributes</c>, or null when it set none.</param>
public sealed record ContainerResponse(int StatusCode, string? ContentType, byte[] Body, string? CustomAttributes = null)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
