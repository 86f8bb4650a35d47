using System.Globalization;

namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// Writes a patient's traits and outcome as the collection's clinical row: pathological T stage from tumour
/// diameter (AJCC 7th: T1a ≤ 2 cm, T1b ≤ 3 cm, T2a ≤ 5 cm, T2b ≤ 7 cm; pleural invasion makes a T1 a T2a), treatment
/// following stage, and the collection's gaps ("Not Collected") at roughly its rates.
/// </summary>
public static class ClinicalRecordBuilder
{
    private static readonly string[] GroundGlassValues = ["0%", ">0 - 25%", "25 - 50%", "50 - 75%", "75 - < 100%", "100%", ClinicalVocabulary.NotCollected];
    private static readonly double[] GroundGlassWeights = [0.45, 0.25, 0.10, 0.07, 0.05, 0.03, 0.05];
    private static readonly string[] Grades =
    [
        "G1 Well differentiated", "G2 Moderately differentiated", "G3 Poorly differentiated",
        "Other, Type I: Well to moderately differentiated", "Other, Type II: Moderately to poorly differentiated", ClinicalVocabulary.NotCollected,
    ];
    private static readonly double[] GradeWeights = [0.20, 0.40, 0.25, 0.03, 0.02, 0.10];

    public static ClinicalRecord Build(PatientTraits patient, PatientOutcome outcome)
    {
        // Its own stream, so that the gaps do not move when traits or outcomes are drawn differently.
        var random = new Random(RandomDraws.Derive(patient.Seed, 0, stream: 3));
        var c = CultureInfo.InvariantCulture;
        var notCollected = ClinicalVocabulary.NotCollected;
        var adjuvant = random.Chance(patient.NStage > 0 ? 0.7 : 0.15);
        return new ClinicalRecord
        {
            CaseId = patient.CaseId,
            PatientAffiliation = patient.Stanford ? "Stanford" : "VA",
            AgeAtHistologicalDiagnosis = patient.Age.ToString(c),
            WeightLbs = random.Chance(0.06) ? notCollected : Math.Round(patient.WeightLbs, 1).ToString(c),
            Gender = patient.Male ? "Male" : "Female",
            Ethnicity = patient.Ethnicity,
            SmokingStatus = patient.Smoking.ToString(),
            PackYears = patient.Smoking == SmokingHistory.Nonsmoker
                ? ClinicalVocabulary.NotApplicable
                : random.Chance(0.05) ? notCollected : patient.PackYears.ToString(c),
            QuitSmokingYear = patient.QuitSmokingYear is { } year
                ? random.Chance(0.10) ? notCollected : year.ToString(c)
                : ClinicalVocabulary.NotApplicable,
            GroundGlass = random.Choose(GroundGlassValues, GroundGlassWeights),
            TumorLocation = patient.Tumour.Lobe,
            Histology = patient.Histology,
            PathologicalTStage = TStage(patient, random),
            PathologicalNStage = $"N{patient.NStage}",
            PathologicalMStage = patient.MStage,
            HistopathologicalGrade = random.Choose(Grades, GradeWeights),
            LymphovascularInvasion = random.Chance(0.15) ? notCollected : random.Chance(patient.NStage > 0 ? 0.45 : 0.1) ? "Present" : "Absent",
            PleuralInvasion = patient.PleuralInvasion ? "Yes" : "No",
            EgfrMutationStatus = Mutation(random, patient.Smoking == SmokingHistory.Nonsmoker ? 0.45 : 0.12, "Mutant"),
            KrasMutationStatus = Mutation(random, patient.Smoking == SmokingHistory.Nonsmoker ? 0.05 : 0.22, "Mutant"),
            AlkTranslocationStatus = Mutation(random, 0.03, "Translocated"),
            AdjuvantTreatment = YesNo(adjuvant),
            Chemotherapy = YesNo(random.Chance(adjuvant ? 0.85 : 0.05)),
            Radiation = YesNo(random.Chance(patient.NStage == 2 ? 0.35 : 0.08)),
            Recurrence = outcome.Recurrence ? "yes" : "no",
            SurvivalStatus = outcome.Dead ? ClinicalVocabulary.Dead : ClinicalVocabulary.Alive,
            TimeToDeathDays = outcome.TimeToDeathDays is { } days ? days.ToString(c) : ClinicalVocabulary.NotApplicable,
        };
    }

    private static string TStage(PatientTraits patient, Random random)
    {
        var diameter = patient.Tumour.DiameterMm;
        if (diameter < 10 && random.Chance(0.3))
        {
            return "Tis";
        }
        var stage = diameter <= 20 ? "T1a" : diameter <= 30 ? "T1b" : diameter <= 50 ? "T2a" : "T2b";
        if (patient.PleuralInvasion && stage.StartsWith("T1", StringComparison.Ordinal))
        {
            stage = "T2a";
        }
        // Invasion of neighbouring structures, which size alone does not show.
        return random.Chance(0.02) ? "T4" : random.Chance(0.05) ? "T3" : stage;
    }

    private static string Mutation(Random random, double positiveRate, string positive) =>
        random.Chance(0.15) ? ClinicalVocabulary.NotCollectedLowerCase
        : random.Chance(0.09) ? "Unknown"
        : random.Chance(positiveRate) ? positive : "Wildtype";

    private static string YesNo(bool value) => value ? "Yes" : "No";
}
