using Solutions.BirdDetection.Backbone;

namespace Solutions.BirdDetection.Serving;

/// <summary>One model's hold on a backbone of <see cref="SharedBackbones"/>; disposing it lets the backbone go with its last user.</summary>
internal sealed class BackboneLease(ResNetBackbone backbone, Action release) : IDisposable
{
    private int _released;

    public ResNetBackbone Backbone { get; } = backbone;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) release();
    }
}
