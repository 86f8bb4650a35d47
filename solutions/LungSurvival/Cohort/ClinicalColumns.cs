namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// The clinical CSV's column headers, spelled as in the NSCLC Radiogenomics collection's clinical file (TCIA), so
/// that code written against this synthetic cohort reads the real one. Two simplifications: the real file spreads
/// Tumor Location over check-box columns ("Tumor Location (choice=RUL)", ...), here it is one column holding the
/// lobe; and the real "Histology " header ends with a space, here it does not.
/// </summary>
public static class ClinicalColumns
{
    public const string CaseId = "Case ID";
    public const string PatientAffiliation = "Patient affiliation";
    public const string AgeAtHistologicalDiagnosis = "Age at Histological Diagnosis";
    public const string WeightLbs = "Weight (lbs)";
    public const string Gender = "Gender";
    public const string Ethnicity = "Ethnicity";
    public const string SmokingStatus = "Smoking status";
    public const string PackYears = "Pack Years";
    public const string QuitSmokingYear = "Quit Smoking Year";
    public const string GroundGlass = "%GG";
    public const string TumorLocation = "Tumor Location";
    public const string Histology = "Histology";
    public const string PathologicalTStage = "Pathological T stage";
    public const string PathologicalNStage = "Pathological N stage";
    public const string PathologicalMStage = "Pathological M stage";
    public const string HistopathologicalGrade = "Histopathological Grade";
    public const string LymphovascularInvasion = "Lymphovascular invasion";
    public const string PleuralInvasion = "Pleural invasion (elastic, visceral, or parietal)";
    public const string EgfrMutationStatus = "EGFR mutation status";
    public const string KrasMutationStatus = "KRAS mutation status";
    public const string AlkTranslocationStatus = "ALK translocation status";
    public const string AdjuvantTreatment = "Adjuvant Treatment";
    public const string Chemotherapy = "Chemotherapy";
    public const string Radiation = "Radiation";
    public const string Recurrence = "Recurrence";
    public const string SurvivalStatus = "Survival Status";
    public const string TimeToDeathDays = "Time to Death (days)";

    /// <summary>All headers in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CaseId, PatientAffiliation, AgeAtHistologicalDiagnosis, WeightLbs, Gender, Ethnicity, SmokingStatus, PackYears,
        QuitSmokingYear, GroundGlass, TumorLocation, Histology, PathologicalTStage, PathologicalNStage, PathologicalMStage,
        HistopathologicalGrade, LymphovascularInvasion, PleuralInvasion, EgfrMutationStatus, KrasMutationStatus,
        AlkTranslocationStatus, AdjuvantTreatment, Chemotherapy, Radiation, Recurrence, SurvivalStatus, TimeToDeathDays,
    ];
}
