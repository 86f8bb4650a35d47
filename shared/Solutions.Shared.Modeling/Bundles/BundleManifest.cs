using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Modeling.Bundles;

/// <summary>
/// What a model bundle's <c>manifest.json</c> records: enough to know what the model is, what it takes and
/// returns, what it was trained on, how well it did, and what built it.
/// </summary>
public sealed record BundleManifest
{
    /// <summary>The manifest format; bumped when a field changes meaning.</summary>
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The solution that trained the model, e.g. <c>ChurnPrediction</c>.</summary>
    public required string Solution { get; init; }

    /// <summary>The model's version, unique per training run (creation time plus a hash of the training data).</summary>
    public required string ModelVersion { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>The trainer chosen, e.g. <c>FastTree</c>.</summary>
    public required string Trainer { get; init; }

    /// <summary>The columns a prediction request holds, in order.</summary>
    public required IReadOnlyList<ColumnSpec> InputSchema { get; init; }

    /// <summary>The values each prediction returns, in order.</summary>
    public required IReadOnlyList<ColumnSpec> OutputSchema { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the training data file's bytes.</summary>
    public required string TrainingDataSha256 { get; init; }

    public required IReadOnlyDictionary<string, double> Metrics { get; init; }

    /// <summary>Solution-specific settings the model needs at scoring time, e.g. the decision cutoff.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Versions of the runtime and the packages that built the model.</summary>
    public required IReadOnlyDictionary<string, string> PackageVersions { get; init; }

    /// <summary>The file names inside the bundle.</summary>
    public required BundleFiles Files { get; init; }
}

/// <summary>The files of a bundle, relative to its folder.</summary>
/// <param name="MlNetModel">The ML.NET model archive, or null for a model that is not an ML.NET transformer (its files are in <see cref="Additional"/>).</param>
/// <param name="OnnxModel">The ONNX export, or null when the trainer does not support export.</param>
public sealed record BundleFiles(string? MlNetModel, string? OnnxModel)
{
    /// <summary>
    /// Solution-specific files saved beside the model, e.g. background rows for explanations; empty in bundles
    /// written before they existed.
    /// </summary>
    public IReadOnlyList<string> Additional { get; init; } = [];

    // Compares the file names, not the list instances, so a manifest read back equals the one written.
    public bool Equals(BundleFiles? other) =>
        other is not null && MlNetModel == other.MlNetModel && OnnxModel == other.OnnxModel && Additional.SequenceEqual(other.Additional);

    public override int GetHashCode() => HashCode.Combine(MlNetModel, OnnxModel, Additional.Count);
}
