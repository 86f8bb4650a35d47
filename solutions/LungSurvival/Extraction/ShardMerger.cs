using System.Globalization;
using System.Text.RegularExpressions;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// Joins the shard tables <c>radiomics.shard-i-of-N.csv</c> of a folder into <c>radiomics.csv</c>, in Case-ID order,
/// byte for byte what one unsharded run writes. Refuses, naming the files, a missing shard, shards of different N,
/// a patient in two shards, different columns, or different settings fingerprints.
/// </summary>
public static partial class ShardMerger
{
    public static MergeSummary Merge(string folder)
    {
        var files = new RadiomicsFiles(Path.GetFullPath(folder));
        if (!Directory.Exists(files.Folder)) throw new DirectoryNotFoundException($"{files.Folder}: no such folder; expected the folder holding the shards");
        var shards = Directory.GetFiles(files.Folder, "radiomics.shard-*-of-*.csv")
            .Select(path => (Path: path, Match: ShardName().Match(Path.GetFileName(path))))
            .Where(s => s.Match.Success)
            .Select(s => Shard(s.Path, int.Parse(s.Match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(s.Match.Groups[2].Value, CultureInfo.InvariantCulture)))
            .OrderBy(s => s.Count).ThenBy(s => s.Index)
            .ToList();
        if (shards.Count == 0)
            throw new FileNotFoundException($"{files.Folder}: no shard tables (radiomics.shard-i-of-N.csv, written by extract --shard i/N)");
        var counts = shards.Select(s => s.Count).Distinct().ToList();
        if (counts.Count > 1)
            throw new InvalidDataException($"{files.Folder}: shards of different splits ({string.Join(", ", counts.Select(n => $"of {n}"))}); keep one split's shards in a folder");
        var n = counts[0];
        var missing = Enumerable.Range(1, n).Except(shards.Select(s => s.Index)).ToList();
        if (missing.Count > 0)
            throw new FileNotFoundException(
                $"{files.Folder}: missing {string.Join(", ", missing.Select(i => Path.GetFileName(files.Features(new CohortShard(i, n)))))}; run extract --shard i/{n} for each");

        var first = ExtractionManifest.Read(files.Manifest(shards[0]));
        string? header = null;
        var rows = new List<(string CaseId, string Line)>();
        var owner = new Dictionary<string, CohortShard>(StringComparer.Ordinal);
        var failures = new List<PatientFailure>();
        foreach (var shard in shards)
        {
            var manifest = ExtractionManifest.Read(files.Manifest(shard));
            if (manifest.SettingsFingerprint != first.SettingsFingerprint)
                throw new InvalidDataException(
                    $"{files.Manifest(shard)}: settings fingerprint {manifest.SettingsFingerprint} ({manifest.Settings}) differs from {Path.GetFileName(files.Manifest(shards[0]))}'s {first.SettingsFingerprint} ({first.Settings}); re-run the shards with the same settings and code");
            var table = FeatureTable.Read(files.Features(shard));
            header ??= table.Header;
            if (table.Header != header)
                throw new InvalidDataException(
                    $"{files.Features(shard)}: line 1: its columns differ from {Path.GetFileName(files.Features(shards[0]))}'s (first difference at column {FirstDifference(header, table.Header)})");
            foreach (var row in table.Rows)
            {
                if (!owner.TryAdd(row.CaseId, shard))
                    throw new InvalidDataException(
                        $"{files.Features(shard)}: patient {row.CaseId} is also in {Path.GetFileName(files.Features(owner[row.CaseId]))}; each patient belongs to one shard");
                rows.Add(row);
            }

            failures.AddRange(manifest.Failures);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.CaseId, b.CaseId));
        FeatureTable.Write(files.Features(), header!, rows.Select(r => r.Line));
        failures.Sort((a, b) => string.CompareOrdinal(a.CaseId, b.CaseId));
        new ExtractionManifest(first.SettingsFingerprint, first.Settings, Shard: null, rows.Count, failures).Write(files.Manifest());
        return new MergeSummary(files.Features(), n, rows.Count, failures, first.SettingsFingerprint);
    }

    private static CohortShard Shard(string path, int index, int count) =>
        index >= 1 && index <= count
            ? new CohortShard(index, count)
            : throw new InvalidDataException($"{path}: shard {index} of {count} cannot exist; shards are numbered 1 to N");

    private static int FirstDifference(string a, string b)
    {
        var (left, right) = (a.Split(','), b.Split(','));
        var column = 0;
        while (column < left.Length && column < right.Length && left[column] == right[column]) column++;
        return column + 1;
    }

    [GeneratedRegex(@"^radiomics\.shard-(\d{1,6})-of-(\d{1,6})\.csv$")]
    private static partial Regex ShardName();
}
