using System.Collections.Concurrent;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Radiomics;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// Extracts every patient's radiomics from a generated cohort (or one shard of it) into <c>radiomics.csv</c>, on all
/// cores, resuming from the per-patient cache. A patient whose files cannot be read, or whose mask is empty, is
/// skipped: the others are still computed and cached, the table leaves that patient out, and the summary and the
/// manifest list every skipped patient with the file and the reason, so one bad scan does not cost a night's run.
/// </summary>
public static class CohortFeatureExtractor
{
    /// <param name="outputFolder">Where the table, its manifest and <c>cache/</c> go.</param>
    /// <param name="progress">Receives the fraction of patients done, 0 to 1, from several threads.</param>
    /// <exception cref="OperationCanceledException">Cancelled; the patients finished so far stay cached.</exception>
    public static ExtractionSummary Extract(CohortLayout cohort, string outputFolder, ExtractionOptions? options = null,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExtractionOptions();
        var files = new RadiomicsFiles(Path.GetFullPath(outputFolder));
        var extractor = new RadiomicsExtractor(options.RadiomicsSettings);
        var fingerprint = SettingsFingerprint.Of(extractor);
        var caseIds = CohortPatients.CaseIds(cohort);
        var mine = caseIds.Where((_, position) => options.Shard?.Includes(position) ?? true).ToArray();
        // One cache folder per settings fingerprint, so switching settings back and forth does not throw results away.
        var cache = new FeatureCache(Path.Combine(files.Cache, fingerprint.Value));

        var rows = new string?[mine.Length];
        var failures = new ConcurrentBag<PatientFailure>();
        int done = 0, computed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, mine.Length, parallel, i =>
        {
            var caseId = mine[i];
            var key = FeatureCache.Key(fingerprint.Value, [cohort.Ct(caseId), cohort.Seg(caseId)]);
            var values = cache.TryRead(caseId, key);
            if (values is null)
            {
                try
                {
                    var scan = PatientScanReader.Read(cohort.Ct(caseId), cohort.Seg(caseId));
                    values = FeatureTable.Values(extractor.Extract(scan.Image, scan.Mask).ToNamedValues().Values);
                    cache.Write(caseId, key, values);
                    Interlocked.Increment(ref computed);
                }
                catch (Exception e) when (InputProblem(e) is { } problem)
                {
                    failures.Add(new PatientFailure(caseId, problem.Message));
                }
            }

            rows[i] = values is null ? null : FeatureTable.Row(caseId, values);
            progress?.Report((double)Interlocked.Increment(ref done) / mine.Length);
        });

        var written = rows.OfType<string>().ToList();
        FeatureTable.Write(files.Features(options.Shard), FeatureTable.Header(fingerprint.FeatureNames), written);
        var failed = failures.OrderBy(f => f.CaseId, StringComparer.Ordinal).ToList();
        new ExtractionManifest(fingerprint.Value, fingerprint.Description, options.Shard?.ToString(), written.Count, failed)
            .Write(files.Manifest(options.Shard));
        return new ExtractionSummary(files.Features(options.Shard), files.Manifest(options.Shard), written.Count, computed,
            written.Count - computed, failed, fingerprint.Value);
    }

    /// <summary>
    /// The problem with one patient's files or mask, or null for bugs and cancellation, which stop the run. The
    /// readers work in parallel, so a bad slice may arrive wrapped in an <see cref="AggregateException"/>.
    /// </summary>
    private static Exception? InputProblem(Exception e)
    {
        if (e is AggregateException aggregate)
        {
            var inner = aggregate.Flatten().InnerExceptions;
            return inner.All(i => InputProblem(i) is not null) ? inner[0] : null;
        }

        return e is DicomFormatException or DicomUnsupportedTransferSyntaxException or InvalidDataException or NotSupportedException
            or IOException or UnauthorizedAccessException or ArgumentException ? e : null;
    }
}
