namespace Solutions.LungSurvival.Training.Tables;

/// <summary>The joined clinical, genomic and radiomic table with each patient's survival status.</summary>
/// <param name="GeneColumns">Gene column names, as in the genes CSV.</param>
/// <param name="RadiomicColumns">Radiomic feature names, as in the radiomics CSV (pyradiomics names).</param>
/// <param name="Dead">The label per patient, in <paramref name="Patients"/> order.</param>
public sealed record SurvivalCohort(
    IReadOnlyList<string> GeneColumns,
    IReadOnlyList<string> RadiomicColumns,
    IReadOnlyList<PatientRow> Patients,
    IReadOnlyList<bool> Dead)
{
    public int DeadCount => Dead.Count(d => d);
}
