namespace Solutions.BirdDetection.Detection;

/// <summary>
/// Trains a <see cref="DetectionHead"/> on labelled feature maps one epoch at a time, so the caller can measure the
/// head (e.g. its mAP) after each epoch. Mini-batch AdamW with decoupled weight decay and a cosine learning-rate
/// decay over <see cref="TrainingOptions.Epochs"/>; the same seed gives the same head on any number of threads.
/// </summary>
public sealed class DetectorTrainer
{
    // The batch is cut into this many fixed shards whose gradients are summed in order, so that results do not
    // depend on how many threads run them.
    private const int Shards = 4;

    private readonly IReadOnlyList<LabelledFeatureMap> examples;
    private readonly BoxTarget[][] targets;
    private readonly int[] order;
    private readonly Random random;
    private readonly AdamW optimiser;
    private readonly HeadPass[] passes;
    private readonly HeadWeights[] gradients;
    private int steps;

    /// <param name="examples">The training maps; include mirrored copies here to train with horizontal flips.</param>
    public DetectorTrainer(IReadOnlyList<LabelledFeatureMap> examples, DetectionHeadOptions head, TrainingOptions? training = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(head);
        head.Validate();
        Options = training ?? new TrainingOptions();
        Options.Validate();
        Validate(examples, head);
        this.examples = examples;
        targets = [.. examples.Select(example => DetectionLoss.Targets(example, head))];
        order = [.. Enumerable.Range(0, examples.Count)];
        random = new Random(Options.Seed);

        var weights = new HeadWeights(head.InputChannels, head.ReducedChannels, HeadPass.FirstClassOutput + head.ClassCount);
        weights.Initialise(random);
        var (mean, scale) = ChannelStatistics.Measure(examples, head.InputChannels);
        Head = new DetectionHead(head, mean, scale, weights);
        optimiser = new AdamW(weights);
        passes = [.. Enumerable.Range(0, Shards).Select(_ => new HeadPass(head.InputChannels, head.ReducedChannels, weights.OutputCount))];
        gradients = [.. Enumerable.Range(0, Shards).Select(_ => weights.EmptyLike())];
    }

    public TrainingOptions Options { get; }

    /// <summary>The head being trained: its weights change with every <see cref="TrainEpoch"/>.</summary>
    public DetectionHead Head { get; }

    public int EpochsCompleted { get; private set; }

    /// <summary>Trains one pass over the maps in a freshly shuffled order and returns the epoch's mean losses.</summary>
    /// <exception cref="InvalidOperationException">All <see cref="TrainingOptions.Epochs"/> epochs are done.</exception>
    public EpochLosses TrainEpoch()
    {
        if (EpochsCompleted == Options.Epochs)
            throw new InvalidOperationException($"all {Options.Epochs} epochs are trained; the learning rate schedule ends there.");
        random.Shuffle(order);
        var batches = (order.Length + Options.BatchSize - 1) / Options.BatchSize;
        var totalSteps = (long)batches * Options.Epochs;
        var shardLosses = new (double Objectness, double Box, double Species)[Shards];
        var sums = (Objectness: 0.0, Box: 0.0, Species: 0.0);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism };
        for (var start = 0; start < order.Length; start += Options.BatchSize)
        {
            var batch = order.AsMemory(start, Math.Min(Options.BatchSize, order.Length - start));
            Parallel.For(0, Shards, parallel, shard => shardLosses[shard] = Accumulate(shard, batch));
            for (var shard = 1; shard < Shards; shard++) gradients[0].Add(gradients[shard]);
            foreach (var (objectness, box, species) in shardLosses)
                sums = (sums.Objectness + objectness, sums.Box + box, sums.Species + species);

            var learningRate = Options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * steps / totalSteps));
            optimiser.Step(Head.Weights, gradients[0], learningRate, Options.WeightDecay);
            steps++;
        }

        EpochsCompleted++;
        var count = order.Length;
        return new EpochLosses(
            EpochsCompleted,
            sums.Objectness / count,
            sums.Box / count,
            sums.Species / count,
            (sums.Objectness + Options.BoxLossWeight * sums.Box + sums.Species) / count,
            Head.Weights.WeightNorm());
    }

    /// <summary>Runs forward and backward over the shard's share of the batch; leaves the summed gradient in <see cref="gradients"/>.</summary>
    private (double Objectness, double Box, double Species) Accumulate(int shard, ReadOnlyMemory<int> batch)
    {
        var gradient = gradients[shard];
        var pass = passes[shard];
        gradient.Clear();
        var sums = (Objectness: 0.0, Box: 0.0, Species: 0.0);
        var from = batch.Length * shard / Shards;
        var to = batch.Length * (shard + 1) / Shards;
        for (var i = from; i < to; i++)
        {
            var index = batch.Span[i];
            pass.Forward(examples[index].Map, Head.Weights, Head.InputMean, Head.InputScale);
            var (objectness, box, species) = DetectionLoss.Evaluate(
                pass.Outputs, pass.Cells, Head.OutputCount, targets[index], Options.BoxLossWeight, 1.0 / batch.Length, pass.OutputGradient);
            pass.Backward(Head.Weights, gradient);
            sums = (sums.Objectness + objectness, sums.Box + box, sums.Species + species);
        }

        return sums;
    }

    private static void Validate(IReadOnlyList<LabelledFeatureMap> examples, DetectionHeadOptions head)
    {
        if (examples.Count == 0) throw new ArgumentException("no training maps; expected at least one.", nameof(examples));
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i] ?? throw new ArgumentException($"examples[{i}] is null.", nameof(examples));
            if (example.Map is null || example.Objects is null)
                throw new ArgumentException($"examples[{i}] has no {(example.Map is null ? "map" : "object list")}.", nameof(examples));
            if (example.Map.Channels != head.InputChannels)
                throw new ArgumentException(
                    $"examples[{i}].Map has {example.Map.Channels} channels; expected {head.InputChannels} ({nameof(DetectionHeadOptions.InputChannels)}).",
                    nameof(examples));
            for (var j = 0; j < example.Objects.Count; j++)
            {
                var classIndex = example.Objects[j].ClassIndex;
                if (classIndex < 0 || classIndex >= head.ClassCount)
                    throw new ArgumentException(
                        $"examples[{i}].Objects[{j}].ClassIndex is {classIndex}; expected 0..{head.ClassCount - 1} ({nameof(DetectionHeadOptions.ClassCount)} {head.ClassCount}).",
                        nameof(examples));
            }
        }
    }
}
