namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>The tests that share one <see cref="TrainedChurnModel"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class TrainedChurnModelCollection : ICollectionFixture<TrainedChurnModel>
{
    public const string Name = "trained churn model";
}
