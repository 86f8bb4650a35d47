using System.Globalization;
using System.Text;
using Solutions.Shared.Data.IO;

namespace Solutions.LungSurvival.Cohort;

/// <summary>The gene-expression CSV: <c>Case ID</c> then one column per gene of <see cref="GenePanel"/>, log2 values.</summary>
public static class GeneExpressionTable
{
    public static void Write(string path, IEnumerable<PatientTraits> patients)
    {
        var text = new StringBuilder();
        text.Append(ClinicalColumns.CaseId).Append(',').AppendJoin(',', GenePanel.Genes).Append('\n');
        foreach (var patient in patients)
        {
            text.Append(patient.CaseId);
            foreach (var value in patient.GeneExpression)
            {
                text.Append(',').Append(Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture));
            }
            text.Append('\n');
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }
}
