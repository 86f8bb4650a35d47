namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// The 21 genes of the gene-expression CSV. LRIG1, HPGD, GDF15, CDH2 and POSTN are the genes the public lung
/// survival solution names; the other 16 are illustrative (plausible lung-cancer and immune genes chosen for this
/// synthetic cohort, not taken from the collection). Expression is log2-scale around a per-gene mean.
/// </summary>
public static class GenePanel
{
    /// <summary>Gene symbols in column order.</summary>
    public static IReadOnlyList<string> Genes { get; } =
    [
        "LRIG1", "HPGD", "GDF15", "CDH2", "POSTN",
        // Illustrative genes (not from the public solution).
        "VCAN", "PDGFRA", "VCAM1", "CD44", "CD48", "CD4", "LYL1", "SPI1", "CD37", "VTN", "IRS2", "ESR1", "NDRG1", "CA9",
        "SLC2A1", "MKI67",
    ];

    /// <summary>The genes named by the public solution; the rest of <see cref="Genes"/> are illustrative.</summary>
    public static IReadOnlyList<string> FromPublicSolution { get; } = ["LRIG1", "HPGD", "GDF15", "CDH2", "POSTN"];

    /// <summary>Mean log2 expression of gene <paramref name="index"/>: spread over 5 to 11, like normalised RNA-seq.</summary>
    public static double Mean(int index) => 5 + 6 * ((index * 7 + 3) % 21) / 20.0;

    /// <summary>Standard deviation of gene <paramref name="index"/>'s log2 expression across patients: 0.8 to 1.5.</summary>
    public static double StandardDeviation(int index) => 0.8 + 0.7 * ((index * 5 + 1) % 21) / 20.0;

    public static int IndexOf(string gene)
    {
        for (var i = 0; i < Genes.Count; i++)
        {
            if (Genes[i] == gene)
            {
                return i;
            }
        }
        throw new ArgumentException($"'{gene}' is not in the gene panel ({string.Join(", ", Genes)}).", nameof(gene));
    }

    /// <summary>The standardised (z) expression of <paramref name="gene"/> in <paramref name="patient"/>.</summary>
    public static double Standardised(PatientTraits patient, string gene)
    {
        var index = IndexOf(gene);
        return (patient.GeneExpression[index] - Mean(index)) / StandardDeviation(index);
    }
}
