namespace Solutions.LungSurvival.Benchmarks;

/// <summary>Prints the radiomics benchmark: per feature class on one tumour, then the whole-cohort extraction.</summary>
internal static class RadiomicsBenchmarkReport
{
    public static int Run(string cohortFolder, int runs, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(cohortFolder))
            throw new DirectoryNotFoundException($"--radiomics: the folder '{cohortFolder}' does not exist (run generate-cohort first).");
        var t = RadiomicsBenchmark.Measure(runs);
        Console.WriteLine($"LungSurvival radiomics, one core, best of {t.Runs} runs: tumour {BenchmarkTumour.SizeX} x {BenchmarkTumour.SizeY} x {BenchmarkTumour.SizeZ}, {t.Voxels:N0} voxels in the mask, {t.GreyLevels} grey levels (bin width 25)");
        Console.WriteLine($"  prepare {t.PrepareMilliseconds:0.0} ms, " + string.Join(", ", t.Classes.Select(c => $"{c.FeatureClass} {c.Milliseconds:0.0} ms")));
        Console.WriteLine($"  whole extraction {t.TotalMilliseconds:0.0} ms: {t.Features} features, {t.FeaturesPerSecond:N0} features/s");
        var c = CohortExtractionBenchmark.Measure(cohortFolder, cancellationToken);
        Console.WriteLine($"Cohort {cohortFolder}: {c.Patients} patients x {c.Features} features in {c.Seconds:0.00} s on {c.Cores} cores ({c.PatientsPerSecond:0.0} patients/s, reading DICOM included, empty cache)");
        return 0;
    }
}
