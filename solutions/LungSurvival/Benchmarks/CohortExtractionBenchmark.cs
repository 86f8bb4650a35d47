using System.Diagnostics;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;

namespace Solutions.LungSurvival.Benchmarks;

/// <summary>Times <see cref="CohortFeatureExtractor"/> over a whole cohort into a fresh temporary folder, so nothing comes from a cache.</summary>
public static class CohortExtractionBenchmark
{
    public static CohortExtractionTiming Measure(string cohortFolder, CancellationToken cancellationToken = default)
    {
        var output = Directory.CreateTempSubdirectory("radiomics-benchmark-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            var summary = CohortFeatureExtractor.Extract(new CohortLayout(cohortFolder), output, cancellationToken: cancellationToken);
            var seconds = watch.Elapsed.TotalSeconds;
            if (summary.Failures.Count > 0)
                throw new InvalidDataException($"{summary.Failures.Count} patients failed, e.g. {summary.Failures[0].CaseId}: {summary.Failures[0].Message}");
            var features = File.ReadLines(summary.FeaturesFile).First().Split(',').Length - 1;
            return new CohortExtractionTiming(summary.Patients, features, seconds, Environment.ProcessorCount);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
