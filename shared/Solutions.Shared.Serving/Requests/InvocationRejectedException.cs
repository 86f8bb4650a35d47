namespace Solutions.Shared.Serving.Requests;

/// <summary>
/// A request the serving contract refuses (400 bad input, 406, 413, 415), with the HTTP status and the message
/// the caller sees. Only the caller can fix it; the model and server are fine.
/// </summary>
public sealed class InvocationRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static InvocationRejectedException BadRequest(string message) => new(400, message);
}
