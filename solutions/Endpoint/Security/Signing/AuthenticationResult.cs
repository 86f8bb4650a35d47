namespace Solutions.Endpoint.Security.Signing;

/// <summary>The outcome of authenticating a request: exactly one of <see cref="Caller"/> and <see cref="Error"/> is set.</summary>
public sealed record AuthenticationResult
{
    private AuthenticationResult(AuthenticatedCaller? caller, AwsError? error)
    {
        Caller = caller;
        Error = error;
    }

    public AuthenticatedCaller? Caller { get; }

    public AwsError? Error { get; }

    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Success(AuthenticatedCaller caller) => new(caller, null);

    public static AuthenticationResult Failure(AwsError error) => new(null, error);
}
