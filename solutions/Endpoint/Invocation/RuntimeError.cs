namespace Solutions.Endpoint.Invocation;

/// <summary>
/// An InvokeEndpoint error as the AWS SDKs parse it (rest-json): the <c>x-amzn-ErrorType</c> header carries
/// <see cref="Code"/>, the JSON body carries <c>message</c> and, for a ModelError, the container's own answer.
/// </summary>
/// <param name="Code">SageMaker Runtime's error name, e.g. <c>ValidationError</c>.</param>
/// <param name="StatusCode">The HTTP status that goes with it.</param>
/// <param name="Message">What the caller reads.</param>
/// <param name="Model">For a <c>ModelError</c> only: the failing container's status, message and log stream.</param>
public sealed record RuntimeError(string Code, int StatusCode, string Message, ModelFailure? Model = null)
{
    /// <summary>400: the request is wrong (unknown endpoint or container, missing or misplaced target, body too large, malformed headers).</summary>
    public static RuntimeError Validation(string message) => new("ValidationError", 400, message);

    /// <summary>429: the container is still loading; retry later.</summary>
    public static RuntimeError ModelNotReady(string message) => new("ModelNotReadyException", 429, message);

    /// <summary>503: the container cannot serve (for example its bundle failed to load).</summary>
    public static RuntimeError ServiceUnavailable(string message) => new("ServiceUnavailable", 503, message);

    /// <summary>500: the host itself failed.</summary>
    public static RuntimeError InternalFailure(string message) => new("InternalFailure", 500, message);

    /// <summary>424: a container answered with an error, or not at all.</summary>
    public static RuntimeError ModelError(string message, ModelFailure failure) => new("ModelError", 424, message, failure);
}
