using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Training.Tables;

namespace Solutions.LungSurvival.Tests.Training;

public sealed class FeatureEncoderTests
{
    [Fact]
    public void Excluded_and_outcome_columns_never_become_features()
    {
        var encoder = FeatureEncoder.Fit(TwoPatients());

        foreach (var excluded in ClinicalFeatureColumns.Excluded)
        {
            Assert.DoesNotContain(encoder.FeatureNames, name => name.StartsWith(excluded.Name, StringComparison.Ordinal));
            Assert.DoesNotContain(excluded.Name, encoder.InputColumns);
        }
        Assert.Contains(ClinicalColumns.TimeToDeathDays, ClinicalFeatureColumns.Excluded.Select(e => e.Name));
        Assert.Contains(ClinicalColumns.Recurrence, ClinicalFeatureColumns.Excluded.Select(e => e.Name));
    }

    [Fact]
    public void Encodes_numbers_missing_indicators_and_one_hot_categories()
    {
        var cohort = TwoPatients();
        var encoder = FeatureEncoder.Fit(cohort);
        var names = encoder.FeatureNames;
        var second = encoder.Encode(cohort.Patients[1]);
        double Value(string name) => second[names.ToList().IndexOf(name)];

        // Weight has a gap in the second patient, so it alone gets an indicator.
        Assert.Equal([ClinicalColumns.WeightLbs], encoder.IndicatedColumns);
        Assert.Equal(70, Value(ClinicalColumns.AgeAtHistologicalDiagnosis));
        Assert.True(double.IsNaN(Value(ClinicalColumns.WeightLbs)));
        Assert.Equal(1, Value("Weight (lbs) missing"));
        Assert.Equal(0, Value(ClinicalColumns.PackYears)); // NA for a nonsmoker means none
        Assert.Equal(1, Value("Gender=Female"));
        Assert.Equal(0, Value("Gender=Male"));
        Assert.Equal(7.5, Value("GDF15"));
        Assert.Equal(-0.25, Value("original_firstorder_Mean"));
        // 3 numbers + 1 indicator + two values in Gender and Smoking status + one in each of the other 16 categories + 1 gene + 1 radiomic feature.
        Assert.Equal(3 + 1 + 2 + 2 + 16 + 1 + 1, names.Count);
        Assert.Equal(FeatureModality.Radiomic, encoder.Modalities[^1]);
        Assert.Equal(FeatureModality.Genomic, encoder.Modalities[^2]);
    }

    [Fact]
    public void A_category_never_seen_is_refused_with_the_known_values()
    {
        var cohort = TwoPatients();
        var encoder = FeatureEncoder.Fit(cohort);
        var clinical = cohort.Patients[0].Clinical.ToArray();
        clinical[ClinicalFeatureColumns.Used.ToList().IndexOf(ClinicalColumns.Gender)] = "Unknown";

        var error = Assert.Throws<ArgumentException>(() => encoder.Encode(cohort.Patients[0] with { Clinical = clinical }));

        Assert.Contains("column 'Gender': 'Unknown' was not seen in training (expected one of: 'Female', 'Male')", error.Message);
    }

    /// <summary>Two patients differing in age, weight (the second's not collected), gender and smoking.</summary>
    internal static SurvivalCohort TwoPatients()
    {
        static string[] Clinical(string age, string weight, string gender, string smoking, string packYears) =>
        [
            age, weight, packYears, gender, "Caucasian", smoking, "0%", "RUL", "Adenocarcinoma", "T1a", "N0", "M0",
            "G1 Well differentiated", "Absent", "No", "Wildtype", "Wildtype", "Wildtype", "No", "No", "No",
        ];
        return new SurvivalCohort(["GDF15"], ["original_firstorder_Mean"],
        [
            new PatientRow("A", Clinical("60", "150.5", "Male", "Current", "30"), [6.0], [0.5]),
            new PatientRow("B", Clinical("70", "Not Collected", "Female", "Nonsmoker", "NA"), [7.5], [-0.25]),
        ], [false, true]);
    }
}
