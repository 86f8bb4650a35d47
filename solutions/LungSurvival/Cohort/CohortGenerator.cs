using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Imaging.Pictures;
using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// Generates a synthetic cohort in the shape of NSCLC Radiogenomics (see <see cref="CohortLayout"/> for the files):
/// clinical and gene tables, the true risk model, and per patient a CT series with its tumour segmentation and
/// pictures. Deterministic per seed.
/// </summary>
public static class CohortGenerator
{
    /// <param name="progress">Receives the fraction of patients done, 0 to 1.</param>
    public static CohortSummary Generate(string folder, CohortOptions options, IProgress<double>? progress = null)
    {
        options.Validated();
        var layout = new CohortLayout(Path.GetFullPath(folder));
        Directory.CreateDirectory(layout.Folder);
        var patients = PatientSampler.Sample(options.Patients, options.Seed);

        CsvWriter.Write(layout.Clinical, patients.Select(p => ClinicalRecordBuilder.Build(p.Traits, p.Outcome)));
        GeneExpressionTable.Write(layout.Genes, patients.Select(p => p.Traits));
        var dead = patients.Count(p => p.Outcome.Dead);
        RiskModelDescription.WriteModel(layout.RiskModel, options.Seed, patients.Count, dead);
        RiskModelDescription.WriteFeatures(layout.RiskFeatures, patients);
        CohortReadme.Write(layout, options, dead);

        long tumourVoxels = 0;
        for (var i = 0; i < patients.Count; i++)
        {
            var traits = patients[i].Traits;
            var scan = ChestPhantom.Build(traits.Tumour, options.VolumeSize, traits.Seed);
            tumourVoxels += scan.TumourVoxels;
            PatientSeries.Write(layout, traits, scan, options.Seed);
            if (options.Pictures)
            {
                var caption = $"{traits.CaseId}: {traits.Tumour.Lobe}, tumour {traits.Tumour.DiameterMm:0} mm";
                TumourPictures.WriteAxial(scan, layout.AxialPicture(traits.CaseId), caption);
                TumourPictures.WriteOrtho(scan, layout.OrthoPicture(traits.CaseId), caption);
            }
            progress?.Report((i + 1.0) / patients.Count);
        }
        return new CohortSummary(layout, patients.Count, dead, patients.Average(p => p.Outcome.ProbabilityOfDeath),
            (double)tumourVoxels / patients.Count);
    }
}
