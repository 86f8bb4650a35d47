namespace Solutions.LungSurvival.Cohort;

/// <summary>What happened to one patient, drawn from <see cref="SurvivalRiskModel"/>.</summary>
/// <param name="ProbabilityOfDeath">The true model's probability for this patient.</param>
/// <param name="TimeToDeathDays">Days from diagnosis to death; null when alive.</param>
public sealed record PatientOutcome(double ProbabilityOfDeath, bool Dead, int? TimeToDeathDays, bool Recurrence);
