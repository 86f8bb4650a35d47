namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// The true, fully observed state of one synthetic patient, from which the clinical row, gene row, CT and outcome
/// are all derived. The files hide some of it ("Not Collected") and blur the rest (image noise), as real data does.
/// </summary>
/// <param name="GeneExpression">log2 expression per gene, in <see cref="GenePanel.Genes"/> order.</param>
/// <param name="Seed">This patient's own seed; everything about the patient follows from it.</param>
public sealed record PatientTraits(
    string CaseId,
    bool Stanford,
    int Age,
    bool Male,
    string Ethnicity,
    double WeightLbs,
    SmokingHistory Smoking,
    double PackYears,
    int? QuitSmokingYear,
    string Histology,
    int NStage,
    string MStage,
    bool PleuralInvasion,
    TumourTraits Tumour,
    IReadOnlyList<double> GeneExpression,
    int Seed);
