using Solutions.Endpoint.Configuration;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>Finds the bundles a config names that do not exist yet, and trains them with their solution's trainer.</summary>
public static class MissingBundles
{
    /// <summary>The containers whose <c>ModelDataUrl</c> folder holds no manifest.json yet, with their bundle folders.</summary>
    /// <param name="config">The host configuration.</param>
    /// <param name="bundleFolder">Resolves a container's <c>ModelDataUrl</c> to a folder.</param>
    public static IReadOnlyList<(ContainerConfig Container, string Folder)> Find(HostConfig config, Func<ContainerConfig, string> bundleFolder) =>
        config.Endpoints.SelectMany(endpoint => endpoint.Containers)
            .Where(container => container.ModelDataUrl is not null)
            .Select(container => (Container: container, Folder: bundleFolder(container)))
            .Where(missing => !File.Exists(Path.Combine(missing.Folder, ModelBundle.ManifestFileName)))
            .DistinctBy(missing => missing.Folder)
            .ToArray();

    /// <summary>Trains every missing bundle; checks first that each can be trained, so nothing runs for a config that will fail.</summary>
    /// <returns>The folders trained.</returns>
    /// <exception cref="InvalidOperationException">A missing bundle has no <c>Solution</c>, or no trainer for its solution.</exception>
    public static IReadOnlyList<string> Train(
        HostConfig config, Func<ContainerConfig, string> bundleFolder, IReadOnlyList<IBundleTrainer> trainers, int seed, IProgressDisplay progress)
    {
        var missing = Find(config, bundleFolder);
        var plan = missing.Select(m => (m.Folder, Trainer: TrainerFor(m.Container, m.Folder, trainers))).ToArray();
        foreach (var (folder, trainer) in plan)
        {
            progress.Step($"Training the missing {trainer.Solution} bundle for {folder}", () => trainer.Train(folder, seed, progress));
        }
        return plan.Select(p => p.Folder).ToArray();
    }

    private static IBundleTrainer TrainerFor(ContainerConfig container, string folder, IReadOnlyList<IBundleTrainer> trainers)
    {
        if (container.Solution is not { } solution)
        {
            throw new InvalidOperationException(
                $"container '{container.ContainerHostname}': the bundle '{folder}' does not exist and the config gives no Solution to train it " +
                $"(add \"Solution\": one of {string.Join(", ", trainers.Select(t => t.Solution))})");
        }
        return trainers.FirstOrDefault(t => t.Solution == solution) ?? throw new InvalidOperationException(
            $"container '{container.ContainerHostname}': no trainer for solution '{solution}' (this host trains: {string.Join(", ", trainers.Select(t => t.Solution))})");
    }
}
