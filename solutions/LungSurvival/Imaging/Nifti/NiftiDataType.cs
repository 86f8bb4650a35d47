namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>The voxel types of the NIfTI-1 <c>datatype</c> field this reader and writer handle (values from nifti1.h).</summary>
public enum NiftiDataType : short
{
    UInt8 = 2,
    Int16 = 4,
    Int32 = 8,
    Float32 = 16,
    Float64 = 64,
    Int8 = 256,
    UInt16 = 512,
}
