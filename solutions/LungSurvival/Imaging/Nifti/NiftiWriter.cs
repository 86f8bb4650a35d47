using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using Solutions.LungSurvival.Imaging.Volumes;
using static Solutions.LungSurvival.Imaging.Nifti.NiftiHeaderLayout;

namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>
/// Writes single-file NIfTI-1 (<c>.nii</c>, or gzip-compressed when the path ends in <c>.gz</c>), little endian, with
/// the qform (scanner, code 1) and sform (aligned, code 2) both describing the same RAS+ affine.
/// </summary>
public static class NiftiWriter
{
    /// <summary>Writes <paramref name="volume"/> to <paramref name="path"/>, stored as <paramref name="dataType"/>.</summary>
    /// <param name="scaleSlope">
    /// <c>scl_slope</c>: stored values are <c>(voxel - scaleIntercept) / scaleSlope</c>, rounded for integer types,
    /// and readers multiply back. Integer types need every stored value to be whole and within the type's range.
    /// </param>
    /// <param name="scaleIntercept"><c>scl_inter</c>.</param>
    /// <exception cref="ArgumentException">A voxel does not fit <paramref name="dataType"/>, or the scaling is not finite.</exception>
    public static void Write<T>(string path, Volume3D<T> volume, NiftiDataType dataType, double scaleSlope = 1, double scaleIntercept = 0)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(volume);
        if (BytesPerVoxel(dataType) == 0)
        {
            throw new ArgumentException($"NIfTI data type {dataType} is not supported.", nameof(dataType));
        }
        if (scaleSlope == 0 || !double.IsFinite(scaleSlope) || !double.IsFinite(scaleIntercept))
        {
            throw new ArgumentException($"scl_slope must be finite and non-zero and scl_inter finite, got {scaleSlope} and {scaleIntercept}.");
        }
        if (volume.SizeX > short.MaxValue || volume.SizeY > short.MaxValue || volume.SizeZ > short.MaxValue)
        {
            throw new ArgumentException($"NIfTI-1 dimensions are 16-bit: {volume.SizeX} x {volume.SizeY} x {volume.SizeZ} is too large.");
        }
        var data = EncodeVoxels(volume, dataType, scaleSlope, scaleIntercept);
        var header = BuildHeader(volume.Geometry, dataType, scaleSlope, scaleIntercept);

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using Stream output = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Fastest)
            : file;
        output.Write(header);
        output.Write(data);
    }

    private static byte[] BuildHeader(VolumeGeometry geometry, NiftiDataType dataType, double slope, double intercept)
    {
        var header = new byte[DataOffset];
        var span = header.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span[SizeOfHeader..], HeaderSize);
        header[Regular] = (byte)'r';
        short[] dim = [3, (short)geometry.SizeX, (short)geometry.SizeY, (short)geometry.SizeZ, 1, 1, 1, 1];
        for (var i = 0; i < dim.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(span[(Dim + 2 * i)..], dim[i]);
        }
        BinaryPrimitives.WriteInt16LittleEndian(span[Datatype..], (short)dataType);
        BinaryPrimitives.WriteInt16LittleEndian(span[Bitpix..], (short)(8 * BytesPerVoxel(dataType)));

        // The qform holds only a rotation, so the RAS direction is written as quaternion plus qfac (pixdim[0]).
        var affine = NiftiAffine.FromGeometry(geometry);
        double[] spacing = [geometry.SpacingX, geometry.SpacingY, geometry.SpacingZ];
        var rasDirection = new double[9];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                rasDirection[row * 3 + column] = affine[row, column] / spacing[column];
            }
        }
        var quaternion = NiftiQuaternion.FromRotation(rasDirection);
        float[] pixdim = [(float)quaternion.Qfac, (float)spacing[0], (float)spacing[1], (float)spacing[2], 1, 1, 1, 1];
        for (var i = 0; i < pixdim.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[(Pixdim + 4 * i)..], pixdim[i]);
        }
        BinaryPrimitives.WriteSingleLittleEndian(span[VoxOffset..], DataOffset);
        BinaryPrimitives.WriteSingleLittleEndian(span[SclSlope..], (float)slope);
        BinaryPrimitives.WriteSingleLittleEndian(span[SclInter..], (float)intercept);
        header[XyztUnits] = UnitsMillimetre;
        Encoding.ASCII.GetBytes("LungSurvival NIfTI writer").CopyTo(span[Descrip..]);

        BinaryPrimitives.WriteInt16LittleEndian(span[QformCode..], XformScanner);
        BinaryPrimitives.WriteInt16LittleEndian(span[SformCode..], XformAligned);
        double[] quaternAndOffset = [quaternion.B, quaternion.C, quaternion.D, affine[0, 3], affine[1, 3], affine[2, 3]];
        for (var i = 0; i < quaternAndOffset.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[(QuaternB + 4 * i)..], (float)quaternAndOffset[i]);
        }
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(span[(SrowX + 16 * row + 4 * column)..], (float)affine[row, column]);
            }
        }
        Encoding.ASCII.GetBytes("n+1\0").CopyTo(span[Magic..]);
        // Bytes 348..351 stay zero: "no extensions follow".
        return header;
    }

    private static byte[] EncodeVoxels<T>(Volume3D<T> volume, NiftiDataType dataType, double slope, double intercept)
        where T : unmanaged, INumberBase<T>
    {
        var size = BytesPerVoxel(dataType);
        var voxels = volume.Voxels;
        var bytes = new byte[(long)voxels.Length * size];
        var span = bytes.AsSpan();
        var identity = slope == 1 && intercept == 0;
        for (var i = 0; i < voxels.Length; i++)
        {
            var value = double.CreateTruncating(voxels[i]);
            var stored = identity ? value : (value - intercept) / slope;
            var target = span[(i * size)..];
            switch (dataType)
            {
                case NiftiDataType.Float32:
                    BinaryPrimitives.WriteSingleLittleEndian(target, (float)stored);
                    break;
                case NiftiDataType.Float64:
                    BinaryPrimitives.WriteDoubleLittleEndian(target, stored);
                    break;
                case NiftiDataType.UInt8:
                    target[0] = (byte)Whole(stored, byte.MinValue, byte.MaxValue, i, volume, dataType);
                    break;
                case NiftiDataType.Int8:
                    target[0] = unchecked((byte)(sbyte)Whole(stored, sbyte.MinValue, sbyte.MaxValue, i, volume, dataType));
                    break;
                case NiftiDataType.Int16:
                    BinaryPrimitives.WriteInt16LittleEndian(target, (short)Whole(stored, short.MinValue, short.MaxValue, i, volume, dataType));
                    break;
                case NiftiDataType.UInt16:
                    BinaryPrimitives.WriteUInt16LittleEndian(target, (ushort)Whole(stored, ushort.MinValue, ushort.MaxValue, i, volume, dataType));
                    break;
                case NiftiDataType.Int32:
                    BinaryPrimitives.WriteInt32LittleEndian(target, (int)Whole(stored, int.MinValue, int.MaxValue, i, volume, dataType));
                    break;
            }
        }
        return bytes;
    }

    private static long Whole<T>(double stored, long min, long max, int index, Volume3D<T> volume, NiftiDataType dataType)
        where T : unmanaged, INumberBase<T>
    {
        var rounded = Math.Round(stored);
        // A tolerance keeps float rounding of e.g. (v - inter) / slope from rejecting values that are whole in intent.
        if (Math.Abs(stored - rounded) > 1e-3 || rounded < min || rounded > max)
        {
            var x = index % volume.SizeX;
            var y = index / volume.SizeX % volume.SizeY;
            var z = index / volume.SizeX / volume.SizeY;
            throw new ArgumentException(
                $"Voxel ({x}, {y}, {z}) = {volume.Voxels[index]} stores as {stored}, which is not a whole number in [{min}, {max}] for {dataType}; choose another data type or scl_slope/scl_inter.");
        }
        return (long)rounded;
    }

    internal static int BytesPerVoxel(NiftiDataType type) => type switch
    {
        NiftiDataType.UInt8 or NiftiDataType.Int8 => 1,
        NiftiDataType.Int16 or NiftiDataType.UInt16 => 2,
        NiftiDataType.Int32 or NiftiDataType.Float32 => 4,
        NiftiDataType.Float64 => 8,
        _ => 0,
    };
}
