using Solutions.BirdDetection.Backbone;

namespace Solutions.BirdDetection.Serving;

/// <summary>
/// One ResNet18 per input size for every bird model a process serves: the backbone is most of a model's memory and
/// is the same for all bundles trained on the installed ResNet18 (its identity is checked by <see cref="Inference.BirdDetector"/>).
/// Reference-counted, so a backbone is disposed when the last model using it is unloaded.
/// </summary>
internal sealed class SharedBackbones(ResNetBackboneOptions options)
{
    private readonly Dictionary<int, Shared> _byInputSize = [];
    private readonly Lock _gate = new();

    /// <summary>Backbones in memory now.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _byInputSize.Count;
        }
    }

    public BackboneLease Acquire(int inputSize)
    {
        // Loading under the lock is deliberate: a second model asking for the same size waits and then shares.
        lock (_gate)
        {
            if (!_byInputSize.TryGetValue(inputSize, out var shared))
            {
                shared = new Shared(new ResNetBackbone(options with { InputSize = inputSize }));
                _byInputSize.Add(inputSize, shared);
            }
            shared.Users++;
            return new BackboneLease(shared.Backbone, () => Release(inputSize, shared));
        }
    }

    private void Release(int inputSize, Shared shared)
    {
        lock (_gate)
        {
            if (--shared.Users > 0) return;
            _byInputSize.Remove(inputSize);
        }
        shared.Backbone.Dispose();
    }

    private sealed class Shared(ResNetBackbone backbone)
    {
        public ResNetBackbone Backbone { get; } = backbone;

        public int Users { get; set; }
    }
}
