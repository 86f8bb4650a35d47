namespace Solutions.LungSurvival.Evaluation;

/// <summary>A classifier candidate's mean AUC over the folds it was scored on.</summary>
public sealed record CandidateScore(string Candidate, double MeanAuc);
