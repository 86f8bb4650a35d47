namespace Solutions.Endpoint.Invocation;

/// <summary>The fields of SageMaker's ModelError beyond its message.</summary>
/// <param name="ContainerHostname">The container that failed.</param>
/// <param name="OriginalStatusCode">The container's HTTP status; 0 when it gave no answer (timeout, refused connection), as SageMaker reports it.</param>
/// <param name="OriginalMessage">The container's error message (its <c>message</c> field, else its body as text).</param>
/// <param name="LogStreamArn">Where the container's log would be: <c>arn:aws:logs:{region}:{account}:log-group:/aws/sagemaker/Endpoints/{endpoint}:log-stream:{variant}/{container}</c>.</param>
public sealed record ModelFailure(string ContainerHostname, int OriginalStatusCode, string OriginalMessage, string LogStreamArn);
