using System.Collections.Concurrent;
using System.Text;
using Solutions.Endpoint.Containers;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>A container whose state and answer a test sets; it records what it received.</summary>
internal sealed class ScriptedContainer(string hostname, Func<ContainerRequest, ContainerResponse> answer) : IContainer
{
    public string Hostname { get; } = hostname;

    public ContainerState State { get; set; } = ContainerState.Ready;

    public string? FailureReason { get; set; }

    public ConcurrentQueue<ContainerRequest> Received { get; } = new();

    public static ScriptedContainer Answering(string hostname, int status, string contentType, string body) =>
        new(hostname, _ => new ContainerResponse(status, contentType, Encoding.UTF8.GetBytes(body)));

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ContainerResponse> InvokeAsync(ContainerRequest request, CancellationToken cancellationToken)
    {
        Received.Enqueue(request);
        return Task.FromResult(answer(request));
    }
}
