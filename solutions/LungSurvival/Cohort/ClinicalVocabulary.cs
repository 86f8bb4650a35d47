namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// The values each categorical clinical column takes, with the collection's own spellings (including its
/// inconsistencies: "Not Collected" in most columns but "Not collected" in the mutation columns, lower-case
/// "yes"/"no" for Recurrence). Numeric columns hold a number, "Not Collected" or (for a value that does not apply,
/// e.g. Pack Years of a nonsmoker) "NA".
/// </summary>
public static class ClinicalVocabulary
{
    public const string NotCollected = "Not Collected";
    public const string NotCollectedLowerCase = "Not collected";
    public const string NotApplicable = "NA";
    public const string Alive = "Alive";
    public const string Dead = "Dead";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Categories { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ClinicalColumns.PatientAffiliation] = ["Stanford", "VA"],
        [ClinicalColumns.Gender] = ["Male", "Female"],
        [ClinicalColumns.Ethnicity] = ["Caucasian", "Asian", "African-American", "Hispanic/Latino", "Native Hawaiian/Pacific Islander"],
        [ClinicalColumns.SmokingStatus] = ["Current", "Former", "Nonsmoker"],
        [ClinicalColumns.GroundGlass] = ["0%", ">0 - 25%", "25 - 50%", "50 - 75%", "75 - < 100%", "100%", NotCollected],
        [ClinicalColumns.TumorLocation] = ["RUL", "RML", "RLL", "LUL", "LLL", "L Lingula"],
        [ClinicalColumns.Histology] = ["Adenocarcinoma", "Squamous cell carcinoma", "NSCLC NOS (not otherwise specified)"],
        [ClinicalColumns.PathologicalTStage] = ["Tis", "T1a", "T1b", "T2a", "T2b", "T3", "T4"],
        [ClinicalColumns.PathologicalNStage] = ["N0", "N1", "N2"],
        [ClinicalColumns.PathologicalMStage] = ["M0", "M1a", "M1b"],
        [ClinicalColumns.HistopathologicalGrade] =
        [
            "G1 Well differentiated", "G2 Moderately differentiated", "G3 Poorly differentiated",
            "Other, Type I: Well to moderately differentiated", "Other, Type II: Moderately to poorly differentiated", NotCollected,
        ],
        [ClinicalColumns.LymphovascularInvasion] = ["Absent", "Present", NotCollected],
        [ClinicalColumns.PleuralInvasion] = ["No", "Yes"],
        [ClinicalColumns.EgfrMutationStatus] = ["Wildtype", "Mutant", "Unknown", NotCollectedLowerCase],
        [ClinicalColumns.KrasMutationStatus] = ["Wildtype", "Mutant", "Unknown", NotCollectedLowerCase],
        [ClinicalColumns.AlkTranslocationStatus] = ["Wildtype", "Translocated", "Unknown", NotCollectedLowerCase],
        [ClinicalColumns.AdjuvantTreatment] = ["Yes", "No"],
        [ClinicalColumns.Chemotherapy] = ["Yes", "No"],
        [ClinicalColumns.Radiation] = ["Yes", "No"],
        [ClinicalColumns.Recurrence] = ["yes", "no"],
        [ClinicalColumns.SurvivalStatus] = [Alive, Dead],
    };
}
