using System.IO.Compression;
using System.Text;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// Builds the request the radiomics and one-step models take for a patient of a generated cohort: a zip of the patient's
/// <c>CT/</c> slices and <c>SEG/</c> file and, optionally, a <c>clinical.csv</c> holding the patient's clinical.csv row
/// joined with their genes.csv row (one header line, one row). A generated 128 x 128 x 60 patient (2.2 MB of CT slices) zips to about 1.1 MiB,
/// well inside SageMaker's 6 MiB real-time limit; a real 512 x 512 x 300 series does not fit (see the Endpoint README).
/// </summary>
public static class PatientRequestArchive
{
    /// <exception cref="SurvivalDataException">The patient is not in clinical.csv or genes.csv.</exception>
    public static byte[] FromCohort(CohortLayout cohort, string caseId, bool withClinical = true)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (folder, name) in new[] { (cohort.Ct(caseId), CohortLayout.CtFolderName), (cohort.Seg(caseId), CohortLayout.SegFolderName) })
            {
                foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
                {
                    zip.CreateEntryFromFile(file, $"{name}/{Path.GetFileName(file)}", CompressionLevel.Optimal);
                }
            }
            if (withClinical)
            {
                using var entry = new StreamWriter(zip.CreateEntry(CohortLayout.ClinicalFileName).Open(), new UTF8Encoding(false));
                entry.Write(ClinicalCsv(cohort, caseId));
            }
        }
        return memory.ToArray();
    }

    /// <summary>The patient's clinical.csv row then their genes (without a second Case ID), as a header line and one row.</summary>
    public static string ClinicalCsv(CohortLayout cohort, string caseId)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var clinical = CsvTable.Read(cohort.Clinical);
        var genes = CsvTable.Read(cohort.Genes);
        var clinicalRow = Row(clinical, caseId);
        var geneRow = Row(genes, caseId);
        var geneColumns = Enumerable.Range(0, genes.Header.Count).Where(c => c != genes.Column(ClinicalColumns.CaseId)).ToArray();
        var header = clinical.Header.Concat(geneColumns.Select(c => genes.Header[c]));
        var values = clinical.Records[clinicalRow].Fields.Concat(geneColumns.Select(c => genes.Records[geneRow].Fields[c]));
        return string.Join(',', header.Select(PatientFeatureRow.Escape)) + "\n" + string.Join(',', values.Select(PatientFeatureRow.Escape)) + "\n";
    }

    private static int Row(CsvTable table, string caseId) =>
        table.IndexBy(ClinicalColumns.CaseId).TryGetValue(caseId, out var row)
            ? row
            : throw new SurvivalDataException($"{table.Path}: no row for Case ID '{caseId}'.");
}
