using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.Shared.Data.IO;

namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// Writes the true model beside the cohort, for judging later models: <c>risk-model.json</c> (intercept, each
/// feature's definition and coefficient) and <c>risk-features.csv</c> (each patient's feature values, log-odds,
/// probability and outcome).
/// </summary>
public static class RiskModelDescription
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void WriteModel(string path, int seed, int patients, int dead)
    {
        var description = new
        {
            model = "logistic: P(Dead) = 1 / (1 + exp(-(intercept + sum(coefficient * value))))",
            intercept = SurvivalRiskModel.Intercept,
            features = SurvivalRiskModel.Features.Select(f => new { f.Name, f.Modality, f.Definition, f.Coefficient }),
            radiogenomicLinks = new[]
            {
                "POSTN expression correlates 0.45 with tumour_heterogeneity",
                "CDH2 expression correlates 0.4 with tumour_irregularity",
                "GDF15 expression correlates 0.3 with tumour_diameter",
            },
            seed,
            patients,
            dead,
        };
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(description, Json) + "\n");
    }

    public static void WriteFeatures(string path, IEnumerable<(PatientTraits Traits, PatientOutcome Outcome)> patients)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(ClinicalColumns.CaseId).Append(',')
            .AppendJoin(',', SurvivalRiskModel.Features.Select(f => f.Name))
            .Append(",log_odds,probability_of_death,dead\n");
        foreach (var (traits, outcome) in patients)
        {
            text.Append(traits.CaseId);
            foreach (var feature in SurvivalRiskModel.Features)
            {
                text.Append(',').Append(feature.Value(traits).ToString("0.######", c));
            }
            text.Append(',').Append(SurvivalRiskModel.LogOdds(traits).ToString("0.######", c))
                .Append(',').Append(outcome.ProbabilityOfDeath.ToString("0.######", c))
                .Append(',').Append(outcome.Dead ? '1' : '0').Append('\n');
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }
}
