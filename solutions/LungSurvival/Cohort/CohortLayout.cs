namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// Where a generated cohort's files are: the tables and the true risk model at the top, one folder per patient
/// (named by Case ID) holding <c>CT/</c> (one DICOM file per slice), <c>SEG/</c> (the tumour's DICOM SEG) and
/// <c>pictures/</c>.
/// </summary>
public sealed record CohortLayout(string Folder)
{
    public const string ClinicalFileName = "clinical.csv";
    public const string GenesFileName = "genes.csv";
    public const string RiskModelFileName = "risk-model.json";
    public const string RiskFeaturesFileName = "risk-features.csv";
    public const string CtFolderName = "CT";
    public const string SegFolderName = "SEG";
    public const string PicturesFolderName = "pictures";
    public const string AxialPictureName = "axial.png";
    public const string OrthoPictureName = "ortho.png";

    public string Clinical => Path.Combine(Folder, ClinicalFileName);

    public string Genes => Path.Combine(Folder, GenesFileName);

    /// <summary>The true survival model's coefficients and feature definitions.</summary>
    public string RiskModel => Path.Combine(Folder, RiskModelFileName);

    /// <summary>Every patient's true standardised risk features, log-odds, probability and outcome.</summary>
    public string RiskFeatures => Path.Combine(Folder, RiskFeaturesFileName);

    public string Patient(string caseId) => Path.Combine(Folder, caseId);

    public string Ct(string caseId) => Path.Combine(Folder, caseId, CtFolderName);

    public string Seg(string caseId) => Path.Combine(Folder, caseId, SegFolderName);

    public string AxialPicture(string caseId) => Path.Combine(Folder, caseId, PicturesFolderName, AxialPictureName);

    public string OrthoPicture(string caseId) => Path.Combine(Folder, caseId, PicturesFolderName, OrthoPictureName);
}
