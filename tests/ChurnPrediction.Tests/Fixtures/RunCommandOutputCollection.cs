namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>The tests that share one <see cref="RunCommandOutput"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RunCommandOutputCollection : ICollectionFixture<RunCommandOutput>
{
    public const string Name = "run command output";
}
