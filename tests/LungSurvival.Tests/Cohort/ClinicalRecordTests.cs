using System.Globalization;
using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Tests.Cohort;

public sealed class ClinicalRecordTests
{
    private static readonly IReadOnlyList<ClinicalRecord> Rows =
        [.. PatientSampler.Sample(150, seed: 42).Select(p => ClinicalRecordBuilder.Build(p.Traits, p.Outcome))];

    [Fact]
    public void Columns_are_the_collections_in_order()
    {
        string[] expected =
        [
            "Case ID", "Patient affiliation", "Age at Histological Diagnosis", "Weight (lbs)", "Gender", "Ethnicity",
            "Smoking status", "Pack Years", "Quit Smoking Year", "%GG", "Tumor Location", "Histology",
            "Pathological T stage", "Pathological N stage", "Pathological M stage", "Histopathological Grade",
            "Lymphovascular invasion", "Pleural invasion (elastic, visceral, or parietal)", "EGFR mutation status",
            "KRAS mutation status", "ALK translocation status", "Adjuvant Treatment", "Chemotherapy", "Radiation",
            "Recurrence", "Survival Status", "Time to Death (days)",
        ];

        Assert.Equal(expected, ClinicalColumns.All);
    }

    [Fact]
    public void Categorical_values_come_from_the_collections_vocabulary()
    {
        var byColumn = typeof(ClinicalRecord).GetProperties()
            .ToDictionary(p => ((Solutions.Shared.Data.Tabular.CsvColumnAttribute)p.GetCustomAttributes(typeof(Solutions.Shared.Data.Tabular.CsvColumnAttribute), false)[0]).Name);
        foreach (var (column, vocabulary) in ClinicalVocabulary.Categories)
        {
            var values = Rows.Select(r => (string)byColumn[column].GetValue(r)!).ToHashSet();
            Assert.True(values.IsSubsetOf(vocabulary), $"{column}: {string.Join(" | ", values.Except(vocabulary))} not in the vocabulary");
        }
    }

    [Fact]
    public void Numeric_columns_hold_numbers_or_the_collections_gap_markers()
    {
        string[] markers = [ClinicalVocabulary.NotCollected, ClinicalVocabulary.NotApplicable];
        Assert.All(Rows, r =>
        {
            foreach (var value in new[] { r.AgeAtHistologicalDiagnosis, r.WeightLbs, r.PackYears, r.QuitSmokingYear, r.TimeToDeathDays })
            {
                Assert.True(markers.Contains(value) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"'{value}' in {r.CaseId}");
            }
        });
    }

    [Fact]
    public void Gaps_are_marked_not_collected_as_in_the_collection()
    {
        Assert.Contains(Rows, r => r.WeightLbs == ClinicalVocabulary.NotCollected);
        Assert.Contains(Rows, r => r.EgfrMutationStatus == ClinicalVocabulary.NotCollectedLowerCase);
        Assert.All(Rows.Where(r => r.SmokingStatus == "Nonsmoker"), r => Assert.Equal(ClinicalVocabulary.NotApplicable, r.PackYears));
    }

    [Fact]
    public void Time_to_death_is_given_for_the_dead_only()
    {
        Assert.All(Rows, r => Assert.Equal(r.SurvivalStatus == ClinicalVocabulary.Dead, r.TimeToDeathDays != ClinicalVocabulary.NotApplicable));
    }

    [Fact]
    public void T_stage_follows_tumour_diameter()
    {
        // AJCC 7th: T1a <= 20 mm, T1b <= 30, T2a <= 50, T2b <= 70; exceptions (pleural invasion, Tis, T3/T4) are few.
        var patients = PatientSampler.Sample(400, seed: 9);
        var consistent = patients.Count(p =>
        {
            var stage = ClinicalRecordBuilder.Build(p.Traits, p.Outcome).PathologicalTStage;
            var d = p.Traits.Tumour.DiameterMm;
            var expected = d <= 20 ? "T1a" : d <= 30 ? "T1b" : d <= 50 ? "T2a" : "T2b";
            return stage == expected;
        });

        Assert.InRange(consistent, 0.75 * patients.Count, patients.Count);
    }

    [Fact]
    public void Gene_panel_has_21_genes_including_the_public_solutions_five()
    {
        Assert.Equal(21, GenePanel.Genes.Count);
        Assert.Equal(21, GenePanel.Genes.Distinct().Count());
        Assert.Subset(GenePanel.Genes.ToHashSet(), new HashSet<string> { "LRIG1", "HPGD", "GDF15", "CDH2", "POSTN" });
    }
}
