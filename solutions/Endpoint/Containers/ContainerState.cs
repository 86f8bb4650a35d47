namespace Solutions.Endpoint.Containers;

public enum ContainerState
{
    /// <summary>Not ready yet: a bundle still loading, or an external container whose <c>/ping</c> has not answered 200.</summary>
    Loading,

    Ready,

    /// <summary>Will not serve: the bundle is missing or corrupt; <see cref="IContainer.FailureReason"/> says why.</summary>
    Failed,
}
