using System.Globalization;
using System.Text;
using Solutions.Shared.Data.IO;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// One small file per patient (<c>cache/FINGERPRINT/CASE-ID.txt</c>): the key it was computed under, then the row's values.
/// The key hashes the settings fingerprint with each input file's path, size and last write time, so a changed
/// setting or a re-written scan recomputes, and an interrupted run finds its finished patients.
/// </summary>
internal sealed class FeatureCache(string folder)
{
    public static string Key(string settingsFingerprint, IEnumerable<string> inputFolders)
    {
        var text = new StringBuilder(settingsFingerprint).Append('\n');
        foreach (var inputFolder in inputFolders)
        {
            if (!Directory.Exists(inputFolder)) continue; // reading it will fail and say so; nothing is cached then
            foreach (var file in Directory.GetFiles(inputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append(CultureInfo.InvariantCulture, $"{file}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n");
            }
        }

        return SettingsFingerprint.Hex(text.ToString());
    }

    /// <summary>The cached values of the patient, or null when there are none under this key.</summary>
    public string? TryRead(string caseId, string key)
    {
        var path = PathOf(caseId);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllText(path).Split('\n');
        // Anything else (another key, a file cut short by hand) is simply recomputed.
        return lines is [var storedKey, var values, ""] && storedKey == key ? values : null;
    }

    public void Write(string caseId, string key, string values) => AtomicFile.WriteAllText(PathOf(caseId), $"{key}\n{values}\n");

    private string PathOf(string caseId) => Path.Combine(folder, caseId + ".txt");
}
