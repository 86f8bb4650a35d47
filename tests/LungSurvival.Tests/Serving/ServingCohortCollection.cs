namespace Solutions.LungSurvival.Tests.Serving;

/// <summary>Generates the serving cohort and its bundles once for every test class that needs them.</summary>
[CollectionDefinition(Name)]
public sealed class ServingCohortCollection : ICollectionFixture<ServingCohortFixture>
{
    public const string Name = "Generated serving cohort";
}
