using System.Globalization;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>Loads <see cref="MeasuringDocumentPredictor"/> bundles: <see cref="AddingBundle"/> folders written with this solution, counting loads.</summary>
internal sealed class MeasuringLoader : IDocumentPredictorLoader
{
    public const string Solution = "Measuring";

    private int _loads;

    string IDocumentPredictorLoader.Solution => Solution;

    public int Loads => Volatile.Read(ref _loads);

    public IDocumentPredictor Load(string bundleFolder)
    {
        Interlocked.Increment(ref _loads);
        var text = File.ReadAllText(Path.Combine(bundleFolder, AddingBundle.OffsetFile));
        return double.TryParse(text, CultureInfo.InvariantCulture, out var offset)
            ? new MeasuringDocumentPredictor(offset)
            : throw new InvalidDataException($"{AddingBundle.OffsetFile} holds '{text}', not a number");
    }
}
