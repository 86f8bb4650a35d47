using System.Diagnostics;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.LungSurvival;

/// <summary>
/// The solution end to end, as a story: generate the synthetic cohort when the data folder holds none, extract every
/// patient's radiomics (in parallel, cached under the output folder so a rerun resumes), then join the clinical, gene
/// and radiomic tables, cross-validate, compare the modalities, refit and write the report, metrics, charts, tumour
/// pictures and the three model bundles (survival, radiomics, and the one-step zip-to-P(Dead) model). Same seed, same metrics.json and report.md.
/// </summary>
public static class LungRun
{
    /// <param name="progress">Shows each step with a progress bar; null runs silently.</param>
    /// <exception cref="IOException">The data folder is a file, or holds files but no cohort.</exception>
    /// <exception cref="InvalidDataException">A patient's CT or SEG could not be read; the message names the patient and the file.</exception>
    /// <exception cref="Training.Tables.SurvivalDataException">A table cannot be joined; the message names the file, line and column.</exception>
    public static LungRunResult Execute(LungRunOptions options, IProgressDisplay? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        progress ??= new PlainProgressDisplay(TextWriter.Null);
        var cohort = new CohortLayout(Path.GetFullPath(options.DataFolder));

        // 1. The cohort: generated only where there is none, so real data or an earlier cohort is never overwritten.
        var clock = Stopwatch.StartNew();
        CohortSummary? generated = null;
        if (NeedsGeneration(cohort))
        {
            var generation = new CohortOptions(options.Patients, options.Seed, options.VolumeSize).Validated();
            generated = progress.Step($"Generating {generation.Patients} patients ({generation.VolumeSize} CT each)",
                p => CohortGenerator.Generate(cohort.Folder, generation, p));
        }
        var generationTime = generated is null ? TimeSpan.Zero : clock.Elapsed;

        // 2. Radiomics of every patient.
        clock.Restart();
        var extraction = progress.Step($"Extracting radiomics on {options.Extraction.MaxDegreeOfParallelism} cores (cached in {options.RadiomicsFolder})",
            p => CohortFeatureExtractor.Extract(cohort, options.RadiomicsFolder, options.Extraction, p, cancellationToken));
        RequireEveryPatient(extraction);
        var extractionTime = clock.Elapsed;

        // 3. Join, cross-validate, compare, refit, write.
        clock.Restart();
        var inputs = new SurvivalStudyInputs(cohort.Clinical, cohort.Genes, extraction.FeaturesFile, cohort.Folder);
        var study = SurvivalStudy.Run(inputs, options.Seed, Path.GetFullPath(options.OutputFolder), progress, options.Study);

        // 4. The two models that take a patient's zip, beside the survival model, so `serve --mode radiomics|both` and the
        // endpoint's lung.json find all three under the output folder.
        var settings = options.Extraction.Settings ?? new RadiomicsSettings();
        var created = DateTimeOffset.UtcNow;
        progress.Step("Writing the radiomics and one-step (zip to P(Dead)) bundles", () =>
        {
            RadiomicsBundle.Save(options.RadiomicsBundleFolder, settings, created);
            ArchiveSurvivalBundle.Save(options.ArchiveBundleFolder, settings, study.Encoder, study.FinalModel, inputs.ClinicalCsv,
                ModelBundle.ReadManifest(study.BundleFolder).Metrics, created);
        });
        return new LungRunResult(cohort, generated, extraction, study, new LungRunTimings(generationTime, extractionTime, clock.Elapsed));
    }

    /// <summary>True for a missing or empty folder; false for a cohort; an error for anything else, which is not ours to overwrite.</summary>
    private static bool NeedsGeneration(CohortLayout cohort)
    {
        if (File.Exists(cohort.Folder))
        {
            throw new IOException($"The data folder '{cohort.Folder}' is a file; expected a cohort folder ({CohortLayout.ClinicalFileName}, " +
                $"{CohortLayout.GenesFileName}, one folder per patient with {CohortLayout.CtFolderName}/ and {CohortLayout.SegFolderName}/), " +
                "or a new or empty folder to generate one in.");
        }
        if (!Directory.Exists(cohort.Folder) || !Directory.EnumerateFileSystemEntries(cohort.Folder).Any())
        {
            return true;
        }
        if (!File.Exists(cohort.Clinical))
        {
            throw new IOException($"The data folder '{cohort.Folder}' is not empty but has no {CohortLayout.ClinicalFileName}, so it is not a cohort; " +
                "point --data at a cohort folder (as generate-cohort writes it), or at a new or empty folder to generate one in.");
        }
        return File.Exists(cohort.Genes)
            ? false
            : throw new FileNotFoundException($"{cohort.Genes}: no such file; the cohort in '{cohort.Folder}' needs {CohortLayout.GenesFileName} beside {CohortLayout.ClinicalFileName} " +
                $"('{ClinicalColumns.CaseId}' then one column per gene).", cohort.Genes);
    }

    /// <summary>The study needs every patient's features; a skipped patient fails the run here, naming the patient and the file.</summary>
    private static void RequireEveryPatient(ExtractionSummary extraction)
    {
        if (extraction.Failures.Count == 0)
        {
            return;
        }
        var first = extraction.Failures[0];
        throw new InvalidDataException($"The radiomics of {extraction.Failures.Count} of the {extraction.Failures.Count + extraction.Patients} patients could not be computed (all listed in {extraction.ManifestFile}); " +
            $"first, patient {first.CaseId}: {first.Message}");
    }
}
