using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Tests.Training;

[Collection(SurvivalCohortCollection.Name)]
public sealed class SurvivalCohortReaderTests(SurvivalCohortFixture cohort)
{
    [Fact]
    public void Joins_every_patient_with_the_21_genes_and_the_radiomic_features()
    {
        var joined = SurvivalCohortReader.Read(cohort.Inputs);

        Assert.Equal(SurvivalCohortFixture.Patients, joined.Patients.Count);
        Assert.Equal(GenePanel.Genes, joined.GeneColumns);
        Assert.Contains("original_firstorder_Mean", joined.RadiomicColumns);
        Assert.All(joined.RadiomicColumns, c => Assert.StartsWith("original_", c, StringComparison.Ordinal));
        // The labels match clinical.csv's Survival Status column, in its order.
        var statuses = File.ReadLines(cohort.Layout.Clinical).Skip(1).Select(l => l.Contains(",Dead,", StringComparison.Ordinal)).ToArray();
        Assert.Equal(statuses, joined.Dead);
    }

    [Fact]
    public void A_bad_number_names_the_file_line_and_column()
    {
        var inputs = WithEditedFile(cohort.Inputs.GenesCsv, lines => lines[3] = lines[3].Replace(lines[3].Split(',')[2], "high"), out var path);

        var error = Assert.Throws<SurvivalDataException>(() => SurvivalCohortReader.Read(inputs with { GenesCsv = path }));

        // Line 4 of the file is the third patient; column 3 is the second gene, HPGD.
        Assert.Contains($"{path} line 4, column 3 'HPGD': 'high' is not a number", error.Message);
    }

    [Fact]
    public void A_bad_clinical_value_names_the_file_line_and_column()
    {
        var ageColumn = ClinicalColumns.All.ToList().IndexOf(ClinicalColumns.AgeAtHistologicalDiagnosis);
        var inputs = WithEditedFile(cohort.Inputs.ClinicalCsv, lines =>
        {
            var fields = lines[2].Split(',');
            fields[ageColumn] = "sixty";
            lines[2] = string.Join(',', fields);
        }, out var path);

        var error = Assert.Throws<SurvivalDataException>(() => SurvivalCohortReader.Read(inputs with { ClinicalCsv = path }));

        Assert.Contains($"{path} line 3, column {ageColumn + 1} 'Age at Histological Diagnosis': 'sixty' is not a number", error.Message);
    }

    [Fact]
    public void A_patient_missing_from_the_radiomics_table_is_named()
    {
        string removed = "";
        var inputs = WithEditedFile(cohort.Inputs.RadiomicsCsv, lines =>
        {
            removed = lines[5].Split(',')[0];
            lines.RemoveAt(5);
        }, out var path);

        var error = Assert.Throws<SurvivalDataException>(() => SurvivalCohortReader.Read(inputs with { RadiomicsCsv = path }));

        Assert.Contains($"{path}: no row for Case ID '{removed}'", error.Message);
        Assert.Contains($"{cohort.Inputs.ClinicalCsv} line 6", error.Message);
    }

    [Fact]
    public void A_patient_only_in_the_genes_table_is_refused()
    {
        var inputs = WithEditedFile(cohort.Inputs.GenesCsv, lines => lines.Add("XYZ-999" + lines[1][lines[1].IndexOf(',', StringComparison.Ordinal)..]), out var path);

        var error = Assert.Throws<SurvivalDataException>(() => SurvivalCohortReader.Read(inputs with { GenesCsv = path }));

        Assert.Contains($"{path} line {SurvivalCohortFixture.Patients + 2}, column 1 'Case ID': Case ID 'XYZ-999' is not in", error.Message);
    }

    private SurvivalStudyInputs WithEditedFile(string source, Action<List<string>> edit, out string path)
    {
        var lines = File.ReadAllLines(source).ToList();
        edit(lines);
        path = Path.Combine(cohort.NewFolder("edited"), Path.GetFileName(source));
        File.WriteAllLines(path, lines);
        return cohort.Inputs;
    }
}
