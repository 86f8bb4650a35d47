namespace Solutions.Shared.Notebooks.Tests.Running;

/// <summary>
/// Test classes that run notebooks. A run sets the process's working directory and environment variables,
/// so tests that read them before and after a run must not overlap another class's run.
/// </summary>
[CollectionDefinition(nameof(NotebookRuns))]
public sealed class NotebookRuns;
