using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Detection;

/// <summary>
/// A trained detection head: per cell of a backbone feature map, from the cell's 3 x 3 neighbourhood, it predicts
/// objectness, a box and species probabilities. Train one with <see cref="DetectorTrainer"/>; thread-safe for
/// prediction.
/// </summary>
public sealed class DetectionHead
{
    internal DetectionHead(DetectionHeadOptions options, float[] inputMean, float[] inputScale, HeadWeights weights)
    {
        Options = options;
        InputMean = inputMean;
        InputScale = inputScale;
        Weights = weights;
    }

    public DetectionHeadOptions Options { get; }

    internal float[] InputMean { get; }

    internal float[] InputScale { get; }

    internal HeadWeights Weights { get; }

    internal int OutputCount => HeadPass.FirstClassOutput + Options.ClassCount;

    /// <summary>
    /// Detections of one image, highest score first: score = objectness x species probability per cell and species,
    /// then per-species non-maximum suppression.
    /// </summary>
    public IReadOnlyList<DetectedObject> Predict(FeatureMap map, InferenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= InferenceOptions.Default;
        options.Validate();
        RequireChannels(map, nameof(map));
        var pass = new HeadPass(Options.InputChannels, Options.ReducedChannels, OutputCount);
        pass.Forward(map, Weights, InputMean, InputScale);
        var outputs = pass.Outputs;
        var probabilities = new double[Options.ClassCount];
        var candidates = new List<DetectedObject>();
        for (var cell = 0; cell < pass.Cells; cell++)
        {
            var row = outputs.Slice(cell * OutputCount, OutputCount);
            var objectness = DetectionLoss.Sigmoid(row[HeadPass.ObjectnessOutput]);
            if (objectness < options.ScoreThreshold) continue;
            DetectionLoss.Softmax(row[HeadPass.FirstClassOutput..], probabilities);
            NormalisedBox? box = null;
            for (var k = 0; k < probabilities.Length; k++)
            {
                var score = objectness * probabilities[k];
                if (score < options.ScoreThreshold || score == 0) continue;
                box ??= BoxEncoding.Decode(row.Slice(HeadPass.BoxOutput, 4), cell, pass.Height, pass.Width, Options);
                candidates.Add(new DetectedObject(k, score, box.Value));
            }
        }

        return NonMaximumSuppression.Select(candidates, options.NmsIouThreshold, options.TopK);
    }

    /// <summary>Writes the configuration and weights in the versioned binary format <see cref="Load(Stream)"/> reads.</summary>
    public void Save(Stream stream) => HeadFile.Write(this, stream);

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a head saved by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a head file, is of another version, or is corrupt.</exception>
    public static DetectionHead Load(Stream stream) => HeadFile.Read(stream);

    /// <inheritdoc cref="Load(Stream)"/>
    public static DetectionHead Load(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Load(stream);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{path}: {error.Message}", error);
        }
    }

    internal void RequireChannels(FeatureMap map, string name)
    {
        if (map.Channels != Options.InputChannels)
            throw new ArgumentException($"the feature map has {map.Channels} channels; this head reads {Options.InputChannels}.", name);
    }
}
