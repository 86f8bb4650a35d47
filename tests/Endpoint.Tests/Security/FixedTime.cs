namespace Solutions.Endpoint.Tests.Security;

/// <summary>A clock that always reads the same instant, so clock-skew tests never depend on wall time.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
