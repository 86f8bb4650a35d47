using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>Small hand-made images: a row of voxels along x, every voxel in the mask.</summary>
internal static class TinyVolumes
{
    public static (Volume3D<float> Image, Volume3D<byte> Mask) Row(double spacingX, params float[] values)
    {
        var geometry = new VolumeGeometry(values.Length, 1, 1, new Vector3D(0, 0, 0), spacingX, 1, 1,
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var mask = new Volume3D<byte>(geometry);
        mask.Voxels.AsSpan().Fill(1);
        return (new Volume3D<float>(geometry, values), mask);
    }
}
