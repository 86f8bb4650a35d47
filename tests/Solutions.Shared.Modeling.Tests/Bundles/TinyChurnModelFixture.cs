namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>Trains the tiny model once per test class; its tests only read it.</summary>
public sealed class TinyChurnModelFixture
{
    internal TinyChurnModel Tiny { get; } = TinyChurnModel.Train();
}
