namespace Solutions.Shared.Serving.Requests;

/// <summary>A request the contract refuses, with the HTTP status and the message the caller sees.</summary>
internal sealed class InvocationRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static InvocationRejectedException BadRequest(string message) => new(400, message);
}
