namespace Solutions.LungSurvival.Tests.Notebook;

/// <summary>
/// A notebook run changes the process's working directory and environment while it lasts; tests that read
/// either join this collection so they never overlap with it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebook runs";
}
