namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>Byte offsets of the NIfTI-1 header fields used here (nifti1.h), named once for the reader and writer.</summary>
internal static class NiftiHeaderLayout
{
    public const int HeaderSize = 348;
    /// <summary>Header plus the 4-byte extension flag: where single-file (<c>n+1</c>) data starts.</summary>
    public const int DataOffset = 352;
    public const int SizeOfHeader = 0;
    public const int Regular = 38;
    public const int Dim = 40;
    public const int Datatype = 70;
    public const int Bitpix = 72;
    public const int Pixdim = 76;
    public const int VoxOffset = 108;
    public const int SclSlope = 112;
    public const int SclInter = 116;
    public const int XyztUnits = 123;
    public const int Descrip = 148;
    public const int QformCode = 252;
    public const int SformCode = 254;
    public const int QuaternB = 256;
    public const int QoffsetX = 268;
    public const int SrowX = 280;
    public const int Magic = 344;

    /// <summary><c>NIFTI_UNITS_MM</c>: spatial units millimetres, time unspecified.</summary>
    public const byte UnitsMillimetre = 2;
    /// <summary><c>NIFTI_XFORM_SCANNER_ANAT</c>: coordinates of the scanner, what DICOM positions are.</summary>
    public const short XformScanner = 1;
    /// <summary><c>NIFTI_XFORM_ALIGNED_ANAT</c>.</summary>
    public const short XformAligned = 2;
}
