namespace Solutions.PaymentClassification.Tests.Notebook;

/// <summary>
/// A notebook run changes the process's working directory and environment while it lasts, so it runs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebook runs";
}
