namespace Solutions.BirdDetection.Tests.Commands;

/// <summary>
/// Tests that capture the console or run a whole training or notebook: they never overlap, since the console and the
/// process environment are global, and the CPU is shared.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BirdRunCollection : ICollectionFixture<TinyBirdRuns>
{
    public const string Name = "Bird runs";
}
