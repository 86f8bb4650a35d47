using System.Globalization;
using System.Text;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Tests.Serving;

/// <summary>
/// A tiny generated cohort (<see cref="Patients"/> patients of 64 x 64 x 24 voxels) with its radiomics.csv, a logistic
/// survival model fitted on all of it, and the three bundles saved from it: survival, radiomics and one-step.
/// </summary>
public sealed class ServingCohortFixture : IDisposable
{
    public const int Patients = 6;
    public const int Seed = 5;

    public ServingCohortFixture()
    {
        Folder = Directory.CreateTempSubdirectory("serving-cohort-").FullName;
        Layout = CohortGenerator.Generate(Folder, new CohortOptions(Patients, Seed, new VolumeSize(64, 64, 24), Pictures: false)).Layout;
        CaseIds = [.. File.ReadLines(Layout.Clinical).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)])];
        WriteRadiomics();
        Cohort = SurvivalCohortReader.Read(Inputs);
        Encoder = FeatureEncoder.Fit(Cohort);
        Model = SurvivalModel.Fit(Encoder.Encode(Cohort).Rows, Cohort.Dead, ClassifierCandidate.Logistic(10), Seed);
        Predictor = new SurvivalPredictor(Encoder, Model);
        SurvivalBundle.Save(SurvivalFolder, Encoder, Model, Inputs.ClinicalCsv, new Dictionary<string, double>(), DateTimeOffset.UnixEpoch);
        RadiomicsBundle.Save(RadiomicsFolder, Settings, DateTimeOffset.UnixEpoch);
        ArchiveSurvivalBundle.Save(ArchiveFolder, Settings, Encoder, Model, Inputs.ClinicalCsv, new Dictionary<string, double>(), DateTimeOffset.UnixEpoch);
    }

    /// <summary>pyradiomics' defaults, as the survival model's training features were extracted.</summary>
    public static RadiomicsSettings Settings { get; } = new();

    public string Folder { get; }

    public CohortLayout Layout { get; }

    public IReadOnlyList<string> CaseIds { get; }

    public SurvivalStudyInputs Inputs => SurvivalStudyInputs.FromCohort(Folder);

    /// <summary>The joined clinical, gene and radiomic rows, as training read them.</summary>
    public SurvivalCohort Cohort { get; }

    public FeatureEncoder Encoder { get; }

    public SurvivalModel Model { get; }

    public SurvivalPredictor Predictor { get; }

    public string SurvivalFolder => Path.Combine(Folder, "bundles", "model");

    public string RadiomicsFolder => Path.Combine(Folder, "bundles", "radiomics");

    public string ArchiveFolder => Path.Combine(Folder, "bundles", "archive");

    /// <summary>A patient's request zip, with their clinical.csv and genes unless <paramref name="withClinical"/> is false.</summary>
    public byte[] Zip(string caseId, bool withClinical = true) => PatientRequestArchive.FromCohort(Layout, caseId, withClinical);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void WriteRadiomics()
    {
        var extractor = new RadiomicsExtractor(Settings);
        var text = new StringBuilder();
        foreach (var (caseId, index) in CaseIds.Select((c, i) => (c, i)))
        {
            var scan = PatientScanReader.Read(Layout.Ct(caseId), Layout.Seg(caseId));
            var features = extractor.Extract(scan.Image, scan.Mask).ToNamedValues();
            if (index == 0)
            {
                text.Append(ClinicalColumns.CaseId).Append(',').AppendJoin(',', features.Keys).Append('\n');
            }
            text.Append(caseId).Append(',').AppendJoin(',', features.Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        }
        File.WriteAllText(Inputs.RadiomicsCsv, text.ToString());
    }
}
