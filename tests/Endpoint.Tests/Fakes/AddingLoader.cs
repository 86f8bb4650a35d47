using System.Globalization;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>Loads <see cref="AddingBundle"/> folders, counting loads; an optional gate holds every model it loads busy.</summary>
internal sealed class AddingLoader(ModelGate? gate = null) : IPredictorLoader
{
    private int _loads;

    public string Solution => AddingBundle.Solution;

    public int Loads => Volatile.Read(ref _loads);

    public IPredictor Load(string bundleFolder)
    {
        Interlocked.Increment(ref _loads);
        var text = File.ReadAllText(Path.Combine(bundleFolder, AddingBundle.OffsetFile));
        return double.TryParse(text, CultureInfo.InvariantCulture, out var offset)
            ? new AddingPredictor(offset, gate)
            : throw new InvalidDataException($"{AddingBundle.OffsetFile} holds '{text}', not a number");
    }
}
