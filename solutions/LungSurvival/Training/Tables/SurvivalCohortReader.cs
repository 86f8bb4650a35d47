using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Training.Tables;

/// <summary>
/// Joins clinical.csv, genes.csv and radiomics.csv by Case ID, in the clinical file's patient order. Every patient
/// must be in all three tables; a bad cell or a missing patient is a <see cref="SurvivalDataException"/> naming the
/// file, line and column.
/// </summary>
public static class SurvivalCohortReader
{
    /// <summary>Prefix of pyradiomics' diagnostic columns (versions, settings, mask sizes), which are not features.</summary>
    public const string DiagnosticsPrefix = "diagnostics_";

    public static SurvivalCohort Read(SurvivalStudyInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var clinical = CsvTable.Read(inputs.ClinicalCsv);
        var genes = CsvTable.Read(inputs.GenesCsv);
        var radiomics = CsvTable.Read(inputs.RadiomicsCsv);
        if (clinical.Records.Count == 0)
        {
            throw new SurvivalDataException($"{inputs.ClinicalCsv}: the file has a header but no patients.");
        }

        var caseColumn = clinical.Column(ClinicalColumns.CaseId);
        var statusColumn = clinical.Column(ClinicalColumns.SurvivalStatus);
        var clinicalColumns = ClinicalFeatureColumns.Used.Select(clinical.Column).ToArray();
        var geneColumns = FeatureColumns(genes, excludeDiagnostics: false);
        var radiomicColumns = FeatureColumns(radiomics, excludeDiagnostics: true);
        var geneRows = genes.IndexBy(ClinicalColumns.CaseId);
        var radiomicRows = radiomics.IndexBy(ClinicalColumns.CaseId);
        clinical.IndexBy(ClinicalColumns.CaseId);

        var patients = new List<PatientRow>(clinical.Records.Count);
        var dead = new List<bool>(clinical.Records.Count);
        for (var r = 0; r < clinical.Records.Count; r++)
        {
            var caseId = clinical.Records[r].Fields[caseColumn].Trim();
            dead.Add(Status(clinical, r, statusColumn));
            var values = clinicalColumns.Select(c => ClinicalCell(clinical, r, c)).ToArray();
            var geneRow = Row(genes, geneRows, caseId, clinical, r);
            var radiomicRow = Row(radiomics, radiomicRows, caseId, clinical, r);
            patients.Add(new PatientRow(caseId, values,
                [.. geneColumns.Select(c => genes.Number(geneRow, c))],
                [.. radiomicColumns.Select(c => radiomics.Number(radiomicRow, c))]));
        }
        RequireNoStrangers(genes, geneRows, clinical, caseColumn);
        RequireNoStrangers(radiomics, radiomicRows, clinical, caseColumn);
        return new SurvivalCohort([.. geneColumns.Select(c => genes.Header[c])], [.. radiomicColumns.Select(c => radiomics.Header[c])],
            patients, dead);
    }

    private static int[] FeatureColumns(CsvTable table, bool excludeDiagnostics)
    {
        var id = table.Column(ClinicalColumns.CaseId);
        var columns = Enumerable.Range(0, table.Header.Count)
            .Where(c => c != id && !(excludeDiagnostics && table.Header[c].StartsWith(DiagnosticsPrefix, StringComparison.Ordinal)))
            .ToArray();
        return columns.Length > 0
            ? columns
            : throw new SurvivalDataException($"{table.Path} line 1: the header has no feature columns besides '{ClinicalColumns.CaseId}'.");
    }

    private static bool Status(CsvTable clinical, int record, int column)
    {
        var text = clinical.Records[record].Fields[column].Trim();
        if (text.Equals(ClinicalVocabulary.Dead, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return text.Equals(ClinicalVocabulary.Alive, StringComparison.OrdinalIgnoreCase)
            ? false
            : throw clinical.Error(record, column, $"'{text}' is not a survival status (expected '{ClinicalVocabulary.Alive}' or '{ClinicalVocabulary.Dead}')");
    }

    private static string ClinicalCell(CsvTable clinical, int record, int column)
    {
        var text = clinical.Records[record].Fields[column].Trim();
        var name = clinical.Header[column];
        if (ClinicalFeatureColumns.Numeric.Contains(name) && ClinicalValue.TryParseNumber(name, text, out _) is { } problem)
        {
            throw clinical.Error(record, column, problem);
        }
        if (text.Length == 0)
        {
            throw clinical.Error(record, column, $"the cell is blank (write '{ClinicalVocabulary.NotCollected}' for a value not recorded)");
        }
        return text;
    }

    private static int Row(CsvTable table, Dictionary<string, int> rows, string caseId, CsvTable clinical, int clinicalRecord) =>
        rows.TryGetValue(caseId, out var row)
            ? row
            : throw new SurvivalDataException(
                $"{table.Path}: no row for Case ID '{caseId}' (in {clinical.Path} line {clinical.Records[clinicalRecord].Line}); every patient needs a row in each table.");

    private static void RequireNoStrangers(CsvTable table, Dictionary<string, int> rows, CsvTable clinical, int caseColumn)
    {
        var known = clinical.Records.Select(r => r.Fields[caseColumn].Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var (caseId, row) in rows.OrderBy(r => r.Value))
        {
            if (!known.Contains(caseId))
            {
                throw table.Error(row, table.Column(ClinicalColumns.CaseId), $"Case ID '{caseId}' is not in {clinical.Path}");
            }
        }
    }
}
