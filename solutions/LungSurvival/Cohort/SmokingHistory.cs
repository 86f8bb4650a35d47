namespace Solutions.LungSurvival.Cohort;

public enum SmokingHistory
{
    Nonsmoker,
    Former,
    Current,
}
