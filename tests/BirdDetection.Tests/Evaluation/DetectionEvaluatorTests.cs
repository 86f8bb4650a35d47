using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Evaluation;

namespace Solutions.BirdDetection.Tests.Evaluation;

public sealed class DetectionEvaluatorTests
{
    private static readonly NormalisedBox Left = new(0.0, 0.0, 0.4, 0.4);
    private static readonly NormalisedBox Right = new(0.5, 0.5, 0.9, 0.9);

    [Fact]
    public void Average_precision_is_the_area_under_the_precision_envelope()
    {
        // Three birds of class 0 over two images, one never found. Ranked: 0.9 hit, 0.8 miss, 0.7 hit, 0.6 miss.
        // Recall 1/3, 1/3, 2/3, 2/3; precision 1, 1/2, 2/3, 1/2. Envelope: 1 up to recall 1/3, 2/3 up to 2/3, then 0.
        // AP = 1/3 x 1 + 1/3 x 2/3 + 1/3 x 0 = 5/9.
        var truth = Truth([new(0, Left), new(0, Right)], [new(0, Left)]);
        var detections = Detections(
            [new DetectedObject(0, 0.9, Left), new DetectedObject(0, 0.8, new NormalisedBox(0.1, 0.6, 0.2, 0.7))],
            [new DetectedObject(0, 0.7, Left), new DetectedObject(0, 0.6, Right)]);

        var metrics = DetectionEvaluator.Evaluate(truth, detections, classCount: 1);

        Assert.Equal(5.0 / 9, metrics.MeanAveragePrecision, 12);
        Assert.Equal(new ClassAveragePrecision(0, 3, 4, 2, metrics.PerClass[0].AveragePrecision), metrics.PerClass[0]);
    }

    [Fact]
    public void A_perfect_detector_scores_one_and_no_detections_score_zero()
    {
        var truth = Truth([new(0, Left)], [new(1, Right), new(0, Left)]);
        var perfect = Detections([new DetectedObject(0, 0.5, Left)], [new DetectedObject(1, 0.9, Right), new DetectedObject(0, 0.3, Left)]);

        Assert.Equal(1, DetectionEvaluator.Evaluate(truth, perfect, 2).MeanAveragePrecision, 12);
        Assert.Equal(0, DetectionEvaluator.Evaluate(truth, Detections([], []), 2).MeanAveragePrecision);
    }

    [Fact]
    public void A_second_detection_of_a_matched_object_is_a_false_positive()
    {
        // Ranked: 0.9 hits Left, 0.8 is Left again (duplicate), 0.7 hits Right. Recall 1/2, 1/2, 1; precision 1, 1/2, 2/3.
        // Envelope 1 up to recall 1/2, then 2/3: AP = 1/2 x 1 + 1/2 x 2/3 = 5/6.
        var truth = Truth([new(0, Left)], [new(0, Right)]);
        var detections = Detections([new DetectedObject(0, 0.9, Left), new DetectedObject(0, 0.8, Left)], [new DetectedObject(0, 0.7, Right)]);

        var metrics = DetectionEvaluator.Evaluate(truth, detections, 1);

        Assert.Equal(5.0 / 6, metrics.MeanAveragePrecision, 12);
        Assert.Equal(2, metrics.PerClass[0].TruePositives);
    }

    [Fact]
    public void A_detection_overlapping_less_than_the_threshold_is_a_false_positive()
    {
        // IoU of Left with (0.2, 0, 0.6, 0.4): intersection 0.2 x 0.4 = 0.08, union 0.16 + 0.16 - 0.08 = 0.24, IoU 1/3.
        var truth = Truth([new GroundTruthObject(0, Left)]);
        var detections = Detections([new DetectedObject(0, 0.9, new NormalisedBox(0.2, 0, 0.6, 0.4))]);

        Assert.Equal(0, DetectionEvaluator.Evaluate(truth, detections, 1).MeanAveragePrecision);
        Assert.Equal(1, DetectionEvaluator.Evaluate(truth, detections, 1, iouThreshold: 0.3).MeanAveragePrecision, 12);
    }

    [Fact]
    public void A_class_without_ground_truth_is_reported_but_left_out_of_the_mean()
    {
        // Class 0 found perfectly (AP 1), class 1 never annotated, class 2 annotated but missed (AP 0): mean of 1 and 0.
        var truth = Truth([new GroundTruthObject(0, Left), new GroundTruthObject(2, Right)]);
        var detections = Detections([new DetectedObject(0, 0.9, Left), new DetectedObject(1, 0.8, Right)]);

        var metrics = DetectionEvaluator.Evaluate(truth, detections, 3);

        Assert.Equal(0.5, metrics.MeanAveragePrecision, 12);
        Assert.Null(metrics.PerClass[1].AveragePrecision);
        Assert.Equal(1, metrics.PerClass[1].DetectionCount);
        Assert.Equal(0, metrics.PerClass[2].AveragePrecision);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_offending_entry_named()
    {
        var truth = Truth([new GroundTruthObject(0, Left)]);

        var counts = Assert.Throws<ArgumentException>(() => DetectionEvaluator.Evaluate(truth, Detections([], []), 1));
        Assert.Contains("truth has 1 images but detections has 2", counts.Message);
        var classIndex = Assert.Throws<ArgumentException>(() => DetectionEvaluator.Evaluate(truth, Detections([new DetectedObject(3, 0.5, Left)]), 2));
        Assert.Contains("detections[0][0].ClassIndex is 3; expected 0..1", classIndex.Message);
        var empty = Assert.Throws<ArgumentException>(() => DetectionEvaluator.Evaluate(Truth([]), Detections([]), 1));
        Assert.Contains("no image has a ground truth object", empty.Message);
    }

    private static IReadOnlyList<IReadOnlyList<GroundTruthObject>> Truth(params GroundTruthObject[][] images) => images;

    private static IReadOnlyList<IReadOnlyList<DetectedObject>> Detections(params DetectedObject[][] images) => images;
}
