using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// The one-slice 4 x 2 image the GLSZM and GLDM hand-worked tests share, every voxel in the mask, bin width 1:
/// <code>
/// y = 0:  1 1 2 2
/// y = 1:  2 3 1 1
/// </code>
/// The two pairs of 1s touch only corner to corner, at (1, 0) and (2, 1).
/// </summary>
internal static class GlszmAndGldmPlane
{
    public static RadiomicsFeatures Features { get; } = Extract([1, 1, 2, 2, 2, 3, 1, 1], 4, 2, 1);

    /// <summary>Features at bin width 1 of a volume given in storage order (x fastest), every voxel in the mask.</summary>
    public static RadiomicsFeatures Extract(float[] values, int sizeX, int sizeY, int sizeZ)
    {
        var geometry = new VolumeGeometry(sizeX, sizeY, sizeZ, new Vector3D(0, 0, 0), 1, 1, 1,
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var mask = new Volume3D<byte>(geometry);
        mask.Voxels.AsSpan().Fill(1);
        var settings = new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinWidth(1) };
        return new RadiomicsExtractor(settings).Extract(new Volume3D<float>(geometry, values), mask);
    }
}
