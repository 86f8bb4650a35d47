namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// Draws synthetic patients: demographics and smoking, tumour traits, stage (which follows tumour size), genes
/// (five of them correlated with imaging traits, as radiogenomics expects) and the outcome from
/// <see cref="SurvivalRiskModel"/>. Patient <c>i</c> depends only on (seed, i).
/// </summary>
public static class PatientSampler
{
    private static readonly string[] Lobes = ["RUL", "RML", "RLL", "LUL", "LLL", "L Lingula"];
    private static readonly double[] LobeWeights = [0.30, 0.08, 0.17, 0.25, 0.15, 0.05];
    private static readonly string[] Ethnicities = ["Caucasian", "Asian", "African-American", "Hispanic/Latino", "Native Hawaiian/Pacific Islander"];
    private static readonly double[] EthnicityWeights = [0.75, 0.13, 0.05, 0.05, 0.02];
    private static readonly string[] Histologies = ["Adenocarcinoma", "Squamous cell carcinoma", "NSCLC NOS (not otherwise specified)"];
    private static readonly double[] HistologyWeights = [0.75, 0.22, 0.03];

    /// <summary>Patients 0 .. <paramref name="count"/> - 1 of the cohort with <paramref name="seed"/>.</summary>
    public static IReadOnlyList<(PatientTraits Traits, PatientOutcome Outcome)> Sample(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var stanfordCount = 0;
        var vaCount = 0;
        var patients = new List<(PatientTraits, PatientOutcome)>(count);
        for (var i = 0; i < count; i++)
        {
            var patientSeed = RandomDraws.Derive(seed, i);
            // Affiliation first, from its own stream, so that case numbers run in order within each site.
            var stanford = new Random(RandomDraws.Derive(seed, i, stream: 1)).Chance(0.7);
            var caseId = stanford ? $"R01-{++stanfordCount:000}" : $"AMC-{++vaCount:000}";
            var traits = Draw(caseId, stanford, patientSeed);
            patients.Add((traits, DrawOutcome(traits)));
        }
        return patients;
    }

    private static PatientTraits Draw(string caseId, bool stanford, int seed)
    {
        var random = new Random(seed);
        // The VA cohort is almost all male; Stanford's is mixed.
        var male = random.Chance(stanford ? 0.62 : 0.97);
        var age = (int)Math.Round(Math.Clamp(68 + 9 * random.Normal(), 40, 90));
        var weight = Math.Clamp((male ? 185 : 150) + 30 * random.Normal(), 90, 320);
        var ethnicity = random.Choose(Ethnicities, EthnicityWeights);
        var smoking = random.Choose([SmokingHistory.Current, SmokingHistory.Former, SmokingHistory.Nonsmoker], [0.20, 0.62, 0.18]);
        var packYears = smoking == SmokingHistory.Nonsmoker ? 0 : Math.Round(Math.Clamp(5 + 35 * -Math.Log(1 - random.NextDouble()), 1, 150));
        int? quitYear = smoking == SmokingHistory.Former ? 2014 - (int)Math.Round(Math.Clamp(15 + 12 * random.Normal(), 1, age - 20)) : null;

        var diameter = Math.Clamp(25 * Math.Exp(0.45 * random.Normal()), 8, 70);
        var sizeZ = Math.Log(diameter / 25) / 0.45;
        var tumour = new TumourTraits(
            random.Choose(Lobes, LobeWeights),
            diameter,
            1 + 0.5 * random.NextDouble(),
            random.NextDouble(),
            10 + 50 * random.NextDouble(),
            random.Next());
        var histology = random.Choose(Histologies, HistologyWeights);

        // Larger tumours spread to nodes more often.
        var nodal = random.Chance(1 / (1 + Math.Exp(-(-1.2 + 0.8 * sizeZ))));
        var nStage = nodal ? (random.Chance(0.55) ? 1 : 2) : 0;
        var mStage = random.Choose(["M0", "M1a", "M1b"], [0.94, 0.02, 0.04]);
        var pleural = random.Chance(0.12 + 0.1 * Math.Max(0, sizeZ));

        var genes = new double[GenePanel.Genes.Count];
        var z = new double[genes.Length];
        for (var g = 0; g < genes.Length; g++)
        {
            z[g] = random.Normal();
        }
        // Radiogenomic links: the imaging traits show in some genes' expression (correlation = the weight).
        Correlate(z, "POSTN", (tumour.HeterogeneityHu - 35) / 14.4, 0.45);
        Correlate(z, "CDH2", (tumour.Irregularity - 0.5) / 0.29, 0.4);
        Correlate(z, "GDF15", sizeZ, 0.3);
        for (var g = 0; g < genes.Length; g++)
        {
            genes[g] = GenePanel.Mean(g) + GenePanel.StandardDeviation(g) * z[g];
        }
        return new PatientTraits(caseId, stanford, age, male, ethnicity, weight, smoking, packYears, quitYear, histology,
            nStage, mStage, pleural, tumour, genes, seed);
    }

    private static void Correlate(double[] z, string gene, double driver, double correlation)
    {
        var index = GenePanel.IndexOf(gene);
        var driverScale = Math.Clamp(driver, -3, 3);
        z[index] = correlation * driverScale + Math.Sqrt(1 - correlation * correlation) * z[index];
    }

    private static PatientOutcome DrawOutcome(PatientTraits traits)
    {
        // A separate stream: changing how traits are drawn must not silently reshuffle outcomes of equal risk.
        var random = new Random(RandomDraws.Derive(traits.Seed, 0, stream: 2));
        var logOdds = SurvivalRiskModel.LogOdds(traits);
        var probability = 1 / (1 + Math.Exp(-logOdds));
        var dead = random.NextDouble() < probability;
        int? days = dead
            ? (int)Math.Round(Math.Clamp(60 + 1100 * Math.Exp(-0.4 * logOdds) * -Math.Log(1 - random.NextDouble()), 20, 3650))
            : null;
        var recurrence = random.Chance(1 / (1 + Math.Exp(-(0.8 * logOdds - 0.2))));
        return new PatientOutcome(probability, dead, days, recurrence);
    }
}
