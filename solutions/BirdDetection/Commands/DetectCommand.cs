using System.Globalization;
using SkiaSharp;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Imaging;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Reporting;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.BirdDetection.Commands;

/// <summary>
/// <c>detect --image FILE --out FILE.png [--model DIR] [--threshold 0.3] [--top-k 5]</c>: finds birds in one image,
/// prints them as SageMaker rows and draws them.
/// </summary>
public sealed class DetectCommand : ISolutionCommand
{
    public const double DefaultThreshold = 0.3;
    public const int DefaultTopK = 5;

    public static string DefaultModelFolder => Path.Combine(RunCommand.DefaultOutputFolder, "models", BirdRunOutputs.FlippedModel);

    public string Name => "detect";

    public string Summary => "detect birds in a JPEG or PNG image with a trained bundle; print [class_index, score, xmin, ymin, xmax, ymax] rows and draw them";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (default: artifacts/birds/models/flipped/)"),
        new("image", "FILE", "the JPEG or PNG image", Required: true),
        new("out", "FILE", "where to write the picture with the detections drawn (PNG)", Required: true),
        new("threshold", "S", $"lowest score shown, 0 to 1 (default: {DefaultThreshold.ToString(CultureInfo.InvariantCulture)})"),
        new("top-k", "K", $"at most this many detections (default: {DefaultTopK})"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var threshold = DefaultThreshold;
        if (arguments.Get("threshold") is { } text
            && !(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) && threshold is >= 0 and <= 1))
            throw new CommandLineException($"'{Name}': --threshold must be a score from 0 to 1, not '{text}'.");
        var topK = arguments.GetInt("top-k", DefaultTopK);
        if (topK < 1) throw new CommandLineException($"'{Name}': --top-k must be 1 or more, not {topK}.");
        var imagePath = arguments.GetPath("image", () => "");
        var outPath = arguments.GetPath("out", () => "");
        if (!File.Exists(imagePath)) throw new FileNotFoundException($"--image: the file '{imagePath}' does not exist.", imagePath);
        if (!outPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            throw new CommandLineException($"'{Name}': --out must name a .png file, not '{outPath}'.");

        using var detector = BirdDetector.Load(arguments.GetPath("model", () => DefaultModelFolder));
        SKBitmap image;
        try
        {
            image = ImageDecoder.DecodeFile(imagePath);
        }
        catch (InvalidDataException e)
        {
            // Not an I/O error to the shared command line, but just as much the user's to fix: no stack trace.
            Console.Error.WriteLine($"BirdDetection: {e.Message}");
            return Task.FromResult(SolutionCommandLine.Failure);
        }

        using var _ = image;
        var found = detector.Detect(image, new InferenceOptions { ScoreThreshold = threshold, TopK = topK });
        DetectionPicture.Save(outPath, image, found);

        Console.WriteLine($"{found.Count} bird{(found.Count == 1 ? "" : "s")} scoring at least {threshold.ToString(CultureInfo.InvariantCulture)} in {imagePath}");
        Console.WriteLine("[class_index, score, xmin, ymin, xmax, ymax]  species");
        foreach (var bird in found)
        {
            var row = string.Join(", ", bird.ToSageMakerRow().Select((v, i) => i == 0 ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.0000", CultureInfo.InvariantCulture)));
            Console.WriteLine($"[{row}]  {bird.Species.Name} (CUB {bird.Species.CubClassId})");
        }

        Console.WriteLine($"Picture: {outPath}");
        return Task.FromResult(0);
    }
}
