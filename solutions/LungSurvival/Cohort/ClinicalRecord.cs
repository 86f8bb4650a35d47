using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Cohort;

/// <summary>One row of the clinical CSV, every cell as the collection writes it (numbers or "Not Collected"/"NA").</summary>
public sealed class ClinicalRecord
{
    [CsvColumn(ClinicalColumns.CaseId)] public string CaseId { get; set; } = "";
    [CsvColumn(ClinicalColumns.PatientAffiliation)] public string PatientAffiliation { get; set; } = "";
    [CsvColumn(ClinicalColumns.AgeAtHistologicalDiagnosis)] public string AgeAtHistologicalDiagnosis { get; set; } = "";
    [CsvColumn(ClinicalColumns.WeightLbs)] public string WeightLbs { get; set; } = "";
    [CsvColumn(ClinicalColumns.Gender)] public string Gender { get; set; } = "";
    [CsvColumn(ClinicalColumns.Ethnicity)] public string Ethnicity { get; set; } = "";
    [CsvColumn(ClinicalColumns.SmokingStatus)] public string SmokingStatus { get; set; } = "";
    [CsvColumn(ClinicalColumns.PackYears)] public string PackYears { get; set; } = "";
    [CsvColumn(ClinicalColumns.QuitSmokingYear)] public string QuitSmokingYear { get; set; } = "";
    [CsvColumn(ClinicalColumns.GroundGlass)] public string GroundGlass { get; set; } = "";
    [CsvColumn(ClinicalColumns.TumorLocation)] public string TumorLocation { get; set; } = "";
    [CsvColumn(ClinicalColumns.Histology)] public string Histology { get; set; } = "";
    [CsvColumn(ClinicalColumns.PathologicalTStage)] public string PathologicalTStage { get; set; } = "";
    [CsvColumn(ClinicalColumns.PathologicalNStage)] public string PathologicalNStage { get; set; } = "";
    [CsvColumn(ClinicalColumns.PathologicalMStage)] public string PathologicalMStage { get; set; } = "";
    [CsvColumn(ClinicalColumns.HistopathologicalGrade)] public string HistopathologicalGrade { get; set; } = "";
    [CsvColumn(ClinicalColumns.LymphovascularInvasion)] public string LymphovascularInvasion { get; set; } = "";
    [CsvColumn(ClinicalColumns.PleuralInvasion)] public string PleuralInvasion { get; set; } = "";
    [CsvColumn(ClinicalColumns.EgfrMutationStatus)] public string EgfrMutationStatus { get; set; } = "";
    [CsvColumn(ClinicalColumns.KrasMutationStatus)] public string KrasMutationStatus { get; set; } = "";
    [CsvColumn(ClinicalColumns.AlkTranslocationStatus)] public string AlkTranslocationStatus { get; set; } = "";
    [CsvColumn(ClinicalColumns.AdjuvantTreatment)] public string AdjuvantTreatment { get; set; } = "";
    [CsvColumn(ClinicalColumns.Chemotherapy)] public string Chemotherapy { get; set; } = "";
    [CsvColumn(ClinicalColumns.Radiation)] public string Radiation { get; set; } = "";
    [CsvColumn(ClinicalColumns.Recurrence)] public string Recurrence { get; set; } = "";
    [CsvColumn(ClinicalColumns.SurvivalStatus)] public string SurvivalStatus { get; set; } = "";
    [CsvColumn(ClinicalColumns.TimeToDeathDays)] public string TimeToDeathDays { get; set; } = "";
}
