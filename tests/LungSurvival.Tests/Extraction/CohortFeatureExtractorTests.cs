using System.Globalization;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Tests.Imaging;

namespace Solutions.LungSurvival.Tests.Extraction;

public sealed class CohortFeatureExtractorTests(ExtractionCohortFixture cohort) : IClassFixture<ExtractionCohortFixture>
{
    private static readonly ExtractionOptions BinWidth10 =
        new(new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinWidth(10) });

    private string[] CaseIds => [.. File.ReadLines(cohort.Layout.Clinical).Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal)];

    [Fact]
    public void Writes_every_patient_in_case_id_order_with_round_trip_values()
    {
        using var output = new TemporaryFolder();
        var summary = CohortFeatureExtractor.Extract(cohort.Layout, output.Path);

        var lines = File.ReadAllLines(summary.FeaturesFile);
        var first = CaseIds[0];
        var scan = PatientScanReader.Read(cohort.Layout.Ct(first), cohort.Layout.Seg(first));
        var expected = new RadiomicsExtractor().Extract(scan.Image, scan.Mask).ToNamedValues();
        Assert.Equal(("Case ID," + string.Join(",", expected.Keys)), lines[0]);
        Assert.Equal(CaseIds, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(expected.Values, lines[1].Split(',').Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
        Assert.Equal((5, 5, 0), (summary.Patients, summary.Computed, summary.Cached));
        Assert.Empty(summary.Failures);
        Assert.Contains($"\"settingsFingerprint\": \"{summary.SettingsFingerprint}\"", File.ReadAllText(summary.ManifestFile));
    }

    [Fact]
    public void A_second_run_reads_the_cache_and_a_changed_setting_or_input_file_recomputes()
    {
        using var output = new TemporaryFolder();
        var first = CohortFeatureExtractor.Extract(cohort.Layout, output.Path);
        var bytes = File.ReadAllBytes(first.FeaturesFile);

        var again = CohortFeatureExtractor.Extract(cohort.Layout, output.Path);
        var otherBins = CohortFeatureExtractor.Extract(cohort.Layout, output.Path, BinWidth10);
        var backAgain = CohortFeatureExtractor.Extract(cohort.Layout, output.Path);

        Assert.Equal((0, 5), (again.Computed, again.Cached));
        Assert.Equal(bytes, File.ReadAllBytes(again.FeaturesFile));
        Assert.Equal((5, 0), (otherBins.Computed, otherBins.Cached));
        Assert.NotEqual(first.SettingsFingerprint, otherBins.SettingsFingerprint);
        Assert.Equal((0, 5), (backAgain.Computed, backAgain.Cached));
        Assert.Equal(bytes, File.ReadAllBytes(backAgain.FeaturesFile));
    }

    [Fact]
    public void A_rewritten_input_file_recomputes_only_that_patient()
    {
        using var copy = new TemporaryFolder();
        using var output = new TemporaryFolder();
        var layout = cohort.CopyTo(copy.Path);
        CohortFeatureExtractor.Extract(layout, output.Path);
        var seg = Directory.GetFiles(layout.Seg(CaseIds[2]))[0];
        File.SetLastWriteTimeUtc(seg, File.GetLastWriteTimeUtc(seg).AddMinutes(1));

        var rerun = CohortFeatureExtractor.Extract(layout, output.Path);

        Assert.Equal((1, 4), (rerun.Computed, rerun.Cached));
    }

    [Fact]
    public void A_patient_whose_files_fail_is_skipped_and_named()
    {
        using var copy = new TemporaryFolder();
        using var output = new TemporaryFolder();
        var layout = cohort.CopyTo(copy.Path);
        var broken = CaseIds[1];
        var slice = Directory.GetFiles(layout.Ct(broken)).Order(StringComparer.Ordinal).First();
        File.WriteAllBytes(slice, File.ReadAllBytes(slice)[..300]); // the preamble and meta group survive, the data set is cut

        var summary = CohortFeatureExtractor.Extract(layout, output.Path);

        var failure = Assert.Single(summary.Failures);
        Assert.Equal(broken, failure.CaseId);
        Assert.Contains(slice, failure.Message);
        Assert.Equal(4, summary.Patients);
        Assert.DoesNotContain(File.ReadLines(summary.FeaturesFile), l => l.StartsWith(broken + ",", StringComparison.Ordinal));
        Assert.Contains(broken, File.ReadAllText(summary.ManifestFile));
    }

    [Fact]
    public void A_cancelled_run_keeps_the_finished_patients_for_the_next_run()
    {
        using var output = new TemporaryFolder();
        using var cancel = new CancellationTokenSource();
        // One patient at a time, cancelled when the first reports: the loop starts no other patient.
        var progress = new SynchronousProgress(_ => cancel.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CohortFeatureExtractor.Extract(cohort.Layout, output.Path, new ExtractionOptions(Parallelism: 1), progress, cancel.Token));
        Assert.False(File.Exists(new RadiomicsFiles(output.Path).Features()));

        var resumed = CohortFeatureExtractor.Extract(cohort.Layout, output.Path);
        Assert.Equal((4, 1), (resumed.Computed, resumed.Cached));
    }

    [Fact]
    public void Three_merged_shards_equal_the_unsharded_table_byte_for_byte()
    {
        using var whole = new TemporaryFolder();
        using var sharded = new TemporaryFolder();
        var unsharded = CohortFeatureExtractor.Extract(cohort.Layout, whole.Path);

        var sizes = Enumerable.Range(1, 3)
            .Select(i => CohortFeatureExtractor.Extract(cohort.Layout, sharded.Path, new ExtractionOptions(Shard: new CohortShard(i, 3))).Patients)
            .ToList();
        var merged = ShardMerger.Merge(sharded.Path);

        Assert.Equal([2, 2, 1], sizes); // positions 0,3 / 1,4 / 2
        Assert.Equal((3, 5), (merged.Shards, merged.Patients));
        Assert.Equal(File.ReadAllBytes(unsharded.FeaturesFile), File.ReadAllBytes(merged.FeaturesFile));
        Assert.Equal(unsharded.SettingsFingerprint, merged.SettingsFingerprint);
    }

    [Fact]
    public void The_merge_refuses_missing_shards_duplicates_other_columns_and_other_settings()
    {
        using var sharded = new TemporaryFolder();
        var files = new RadiomicsFiles(sharded.Path);
        ShardFiles Shards() => new(Enumerable.Range(1, 3).Select(i => CohortFeatureExtractor.Extract(cohort.Layout, sharded.Path,
            new ExtractionOptions(Shard: new CohortShard(i, 3)))).ToList());
        var shards = Shards();
        string Invalid() => Assert.Throws<InvalidDataException>(() => ShardMerger.Merge(sharded.Path)).Message;

        var second = File.ReadAllText(shards.Table(2));
        File.Delete(shards.Table(2));
        Assert.Contains("missing radiomics.shard-2-of-3.csv", Assert.Throws<FileNotFoundException>(() => ShardMerger.Merge(sharded.Path)).Message);

        File.WriteAllText(shards.Table(2), second + File.ReadLines(shards.Table(1)).ElementAt(1) + "\n");
        Assert.Contains("is also in radiomics.shard-1-of-3.csv", Invalid());

        File.WriteAllText(shards.Table(2), second.Replace("original_glcm_Contrast", "original_glcm_Contrast2", StringComparison.Ordinal));
        Assert.Contains("columns differ", Invalid());

        File.WriteAllText(shards.Table(2), second);
        CohortFeatureExtractor.Extract(cohort.Layout, sharded.Path, BinWidth10 with { Shard = new CohortShard(3, 3) });
        var settings = Invalid();
        Assert.Contains("radiomics.shard-3-of-3.json", settings);
        Assert.Contains("bin width 10", settings);
        Assert.False(File.Exists(files.Features()));

        using var empty = new TemporaryFolder();
        Assert.Contains("no shard tables", Assert.Throws<FileNotFoundException>(() => ShardMerger.Merge(empty.Path)).Message);
    }

    private sealed record ShardFiles(IReadOnlyList<ExtractionSummary> Summaries)
    {
        public string Table(int index) => Summaries[index - 1].FeaturesFile;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, too late to stop the loop).</summary>
    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
