namespace Solutions.BirdDetection.Tests.Serving;

/// <summary>The serving tests share one pair of tiny bundles; they run one class at a time, as each loads ResNet18.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BirdServingCollection : ICollectionFixture<TinyBirdBundles>
{
    public const string Name = "Bird serving";
}
