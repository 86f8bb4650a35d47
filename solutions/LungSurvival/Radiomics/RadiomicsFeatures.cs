using Solutions.LungSurvival.Radiomics.FirstOrder;
using Solutions.LungSurvival.Radiomics.Glcm;
using Solutions.LungSurvival.Radiomics.Gldm;
using Solutions.LungSurvival.Radiomics.Glrlm;
using Solutions.LungSurvival.Radiomics.Glszm;
using Solutions.LungSurvival.Radiomics.Ngtdm;
using Solutions.LungSurvival.Radiomics.Shape;
using Solutions.LungSurvival.Radiomics.Shape2D;

namespace Solutions.LungSurvival.Radiomics;

/// <summary>One region's radiomic features, by class.</summary>
public sealed record RadiomicsFeatures(FirstOrderFeatures FirstOrder, GlcmFeatures Glcm, GlrlmFeatures Glrlm,
    GlszmFeatures Glszm, GldmFeatures Gldm, NgtdmFeatures Ngtdm, ShapeFeatures Shape, Shape2DFeatures Shape2D)
{
    /// <summary>Every feature under its pyradiomics name (<c>original_firstorder_Mean</c>, ...), class by class.</summary>
    public OrderedDictionary<string, double> ToNamedValues()
    {
        var named = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in FirstOrder.Named()) named.Add(name, value);
        foreach (var (name, value) in Glcm.Named()) named.Add(name, value);
        foreach (var (name, value) in Glrlm.Named()) named.Add(name, value);
        foreach (var (name, value) in Glszm.Named()) named.Add(name, value);
        foreach (var (name, value) in Gldm.Named()) named.Add(name, value);
        foreach (var (name, value) in Ngtdm.Named()) named.Add(name, value);
        foreach (var (name, value) in Shape.Named()) named.Add(name, value);
        foreach (var (name, value) in Shape2D.Named()) named.Add(name, value);
        return named;
    }
}
