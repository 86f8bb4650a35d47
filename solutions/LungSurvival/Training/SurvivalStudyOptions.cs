using Solutions.LungSurvival.Training.Model;

namespace Solutions.LungSurvival.Training;

/// <summary>How a survival study cross-validates.</summary>
/// <param name="Folds">Outer folds per repeat. The default value is 5.</param>
/// <param name="Repeats">Repeats of the outer k-fold, each reshuffled. The default value is 10.</param>
/// <param name="Candidates">Classifiers to choose from; null for <see cref="ClassifierCandidate.Defaults"/>.</param>
/// <param name="PicturesLinked">Patients whose tumour picture the report shows. The default value is 3.</param>
public sealed record SurvivalStudyOptions(int Folds = 5, int Repeats = 10, IReadOnlyList<ClassifierCandidate>? Candidates = null, int PicturesLinked = 3)
{
    public IReadOnlyList<ClassifierCandidate> CandidateList => Candidates ?? ClassifierCandidate.Defaults;
}
