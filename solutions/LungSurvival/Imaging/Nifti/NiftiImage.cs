using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>
/// A 3-D NIfTI-1 image as read: the voxels (after <c>scl_slope</c> and <c>scl_inter</c>) on their grid in DICOM's
/// patient coordinates (LPS+), and how they were stored.
/// </summary>
public sealed record NiftiImage(Volume3D<float> Volume, NiftiDataType DataType)
{
    /// <summary>The file's voxel-to-world matrix in NIfTI's RAS+ convention, as nibabel's <c>img.affine</c> gives it.</summary>
    public double[,] RasAffine() => NiftiAffine.FromGeometry(Volume.Geometry);
}
