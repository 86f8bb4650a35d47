namespace Solutions.LungSurvival.Tests.Training;

/// <summary>Generates the cohort once for every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class SurvivalCohortCollection : ICollectionFixture<SurvivalCohortFixture>
{
    public const string Name = "Generated survival cohort";
}
