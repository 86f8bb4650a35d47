namespace Solutions.PriceOptimization.Tests.Notebook;

/// <summary>
/// A notebook run changes the process's working directory, environment and console while it lasts; tests that
/// touch either join this collection so they never overlap with it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebook runs";
}
