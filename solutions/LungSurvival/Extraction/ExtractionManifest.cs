using System.Text.Json;
using Solutions.Shared.Data.IO;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// The JSON written beside a features table: which settings produced it (the fingerprint shards are checked by),
/// which shard it is, how many patients it holds and which were skipped.
/// </summary>
internal sealed record ExtractionManifest(string SettingsFingerprint, string Settings, string? Shard, int Patients, IReadOnlyList<PatientFailure> Failures)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    public static ExtractionManifest Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: missing; every features table needs the manifest written beside it", path);
        try
        {
            return JsonSerializer.Deserialize<ExtractionManifest>(File.ReadAllText(path), Json) is { SettingsFingerprint: not null } manifest
                ? manifest
                : throw new InvalidDataException($"{path}: expected a manifest object with a settingsFingerprint");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: not a valid manifest ({e.Message})");
        }
    }
}
