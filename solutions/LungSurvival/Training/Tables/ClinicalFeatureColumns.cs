using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Training.Tables;

/// <summary>
/// Which clinical columns become features. Numeric columns keep their value; the others are one-hot encoded,
/// with "Not Collected" as a category of its own (in this collection a missing test says something about the
/// patient's work-up). Everything known only after the outcome, or that names rather than describes the patient, is excluded.
/// </summary>
public static class ClinicalFeatureColumns
{
    /// <summary>Columns kept as numbers.</summary>
    public static IReadOnlyList<string> Numeric { get; } =
        [ClinicalColumns.AgeAtHistologicalDiagnosis, ClinicalColumns.WeightLbs, ClinicalColumns.PackYears];

    /// <summary>Columns one-hot encoded, one feature per value seen in the cohort.</summary>
    public static IReadOnlyList<string> Categorical { get; } =
    [
        ClinicalColumns.Gender, ClinicalColumns.Ethnicity, ClinicalColumns.SmokingStatus, ClinicalColumns.GroundGlass,
        ClinicalColumns.TumorLocation, ClinicalColumns.Histology, ClinicalColumns.PathologicalTStage,
        ClinicalColumns.PathologicalNStage, ClinicalColumns.PathologicalMStage, ClinicalColumns.HistopathologicalGrade,
        ClinicalColumns.LymphovascularInvasion, ClinicalColumns.PleuralInvasion, ClinicalColumns.EgfrMutationStatus,
        ClinicalColumns.KrasMutationStatus, ClinicalColumns.AlkTranslocationStatus, ClinicalColumns.AdjuvantTreatment,
        ClinicalColumns.Chemotherapy, ClinicalColumns.Radiation,
    ];

    /// <summary>The clinical columns a model input row holds: <see cref="Numeric"/> then <see cref="Categorical"/>.</summary>
    public static IReadOnlyList<string> Used { get; } = [.. Numeric, .. Categorical];

    public static IReadOnlyList<ExcludedColumn> Excluded { get; } =
    [
        new(ClinicalColumns.CaseId, "an identifier: it joins the tables but says nothing about the patient"),
        new(ClinicalColumns.PatientAffiliation, "the hospital, not the patient: a model leaning on it would not carry to another site"),
        new(ClinicalColumns.QuitSmokingYear, "a calendar date; without the diagnosis date it encodes the enrolment era, and Smoking status and Pack Years carry the smoking history"),
        new(ClinicalColumns.Recurrence, "observed during follow-up, after the prediction is made, and driven by the same risk as death"),
        new(ClinicalColumns.SurvivalStatus, "the label"),
        new(ClinicalColumns.TimeToDeathDays, "derived from the outcome: it is only filled in for patients who died"),
    ];

    /// <summary>Spellings of a value that was not recorded.</summary>
    public static bool IsNotCollected(string value) =>
        value.Equals(ClinicalVocabulary.NotCollected, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The number a "NA" (does not apply) stands for, or null when NA is not expected in the column: Pack Years of a
    /// nonsmoker is 0.
    /// </summary>
    public static double? NotApplicableValue(string column) => column == ClinicalColumns.PackYears ? 0 : null;
}
