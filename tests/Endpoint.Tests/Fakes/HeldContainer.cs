using System.Text;
using Solutions.Endpoint.Containers;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>A slow container: each invocation waits until the test releases it, and signals when one is waiting.</summary>
internal sealed class HeldContainer(string hostname) : IContainer
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Hostname { get; } = hostname;

    public ContainerState State => ContainerState.Ready;

    public string? FailureReason => null;

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<ContainerResponse> InvokeAsync(ContainerRequest request, CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        await _released.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return new ContainerResponse(200, "text/csv", Encoding.UTF8.GetBytes("slow answer\n"));
    }

    public void Release() => _released.TrySetResult();
}
