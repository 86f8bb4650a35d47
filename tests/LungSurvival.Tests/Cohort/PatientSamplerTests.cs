using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Tests.Cohort;

public sealed class PatientSamplerTests
{
    [Fact]
    public void Same_seed_gives_the_same_patients_and_outcomes()
    {
        var first = PatientSampler.Sample(60, seed: 7);
        var second = PatientSampler.Sample(60, seed: 7);

        Assert.Equal(first.Select(Describe), second.Select(Describe));
    }

    [Fact]
    public void Another_seed_gives_other_patients()
    {
        var first = PatientSampler.Sample(60, seed: 7).Select(Describe);
        var other = PatientSampler.Sample(60, seed: 8).Select(Describe);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_patient_does_not_depend_on_how_many_are_drawn()
    {
        var few = PatientSampler.Sample(5, seed: 3);
        var many = PatientSampler.Sample(50, seed: 3);

        Assert.Equal(few.Select(Describe), many.Take(5).Select(Describe));
    }

    [Fact]
    public void Case_ids_follow_the_collection_stanford_r01_and_va_amc()
    {
        var patients = PatientSampler.Sample(150, seed: 42);

        Assert.All(patients, p => Assert.Matches(p.Traits.Stanford ? @"^R01-\d{3}$" : @"^AMC-\d{3}$", p.Traits.CaseId));
        Assert.Equal(150, patients.Select(p => p.Traits.CaseId).Distinct().Count());
        Assert.InRange(patients.Count(p => p.Traits.Stanford), 85, 125); // 70% of 150 = 105, give or take 3 sd
    }

    [Fact]
    public void Death_rate_is_between_a_quarter_and_two_fifths_like_the_real_collection()
    {
        var large = PatientSampler.Sample(4000, seed: 42);
        var cohort = PatientSampler.Sample(150, seed: 42);

        Assert.InRange(large.Average(p => p.Outcome.Dead ? 1.0 : 0.0), 0.25, 0.40);
        Assert.InRange(large.Average(p => p.Outcome.ProbabilityOfDeath), 0.25, 0.40);
        Assert.InRange(cohort.Count(p => p.Outcome.Dead), 0.2 * 150, 0.45 * 150);
    }

    [Fact]
    public void Time_to_death_exists_exactly_for_the_dead()
    {
        var patients = PatientSampler.Sample(500, seed: 11);

        Assert.All(patients, p => Assert.Equal(p.Outcome.Dead, p.Outcome.TimeToDeathDays is not null));
        Assert.All(patients.Where(p => p.Outcome.Dead), p => Assert.InRange(p.Outcome.TimeToDeathDays!.Value, 20, 3650));
    }

    [Fact]
    public void Logistic_regression_on_the_true_features_recovers_every_coefficient_sign()
    {
        var patients = PatientSampler.Sample(6000, seed: 5);
        var features = patients.Select(p => SurvivalRiskModel.Features.Select(f => f.Value(p.Traits)).ToArray()).ToArray();
        var labels = patients.Select(p => p.Outcome.Dead).ToArray();

        var fitted = LogisticFit.Fit(features, labels);

        Assert.Equal(SurvivalRiskModel.Intercept, fitted[0], 0.3);
        for (var j = 0; j < SurvivalRiskModel.Features.Count; j++)
        {
            var truth = SurvivalRiskModel.Features[j];
            // With 6,000 patients a coefficient's standard error is about 0.04-0.1; 0.3 is a generous band.
            Assert.True(Math.Sign(fitted[j + 1]) == Math.Sign(truth.Coefficient) && Math.Abs(fitted[j + 1] - truth.Coefficient) < 0.3,
                $"{truth.Name}: true {truth.Coefficient}, fitted {fitted[j + 1]:0.###}");
        }
    }

    [Fact]
    public void Every_modality_carries_signal()
    {
        var modalities = SurvivalRiskModel.Features.GroupBy(f => f.Modality).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["clinical", "genes", "imaging"], modalities.Keys.Order());
        Assert.All(modalities.Values, count => Assert.True(count >= 3));
    }

    private static string Describe((PatientTraits Traits, PatientOutcome Outcome) patient) =>
        $"{patient.Traits with { GeneExpression = [] }} {string.Join(",", patient.Traits.GeneExpression)} {patient.Outcome}";
}
