using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Solutions.LungSurvival.Imaging.Volumes;
using static Solutions.LungSurvival.Imaging.Nifti.NiftiHeaderLayout;

namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>
/// Reads single-file NIfTI-1 (<c>.nii</c>, <c>.nii.gz</c>; gzip is recognised by its magic bytes, not the name) of
/// either byte order. The geometry comes from the sform when its code is set, else the qform, else pixdim alone,
/// the order the NIfTI-1 standard gives.
/// </summary>
public static class NiftiReader
{
    public static NiftiImage Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var gzipped = file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        file.Position = 0;
        using Stream input = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
        try
        {
            return Read(input, path, gzipped ? null : file.Length);
        }
        catch (InvalidDataException e)
        {
            throw new NiftiFormatException($"{path}: the gzip stream is corrupt ({e.Message}).");
        }
    }

    private static NiftiImage Read(Stream input, string path, long? fileLength)
    {
        var header = new byte[HeaderSize];
        var headerRead = input.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        if (headerRead < HeaderSize)
        {
            throw new NiftiFormatException($"{path}: {headerRead} bytes, but a NIfTI-1 header needs {HeaderSize}.");
        }
        var fields = new HeaderFields(header, path);
        var magic = Encoding.ASCII.GetString(header, Magic, 3);
        if (magic != "n+1")
        {
            throw new NiftiFormatException(magic == "ni1"
                ? $"{path}: a header-only NIfTI pair (.hdr/.img, magic 'ni1' at byte {Magic}); only single-file .nii is read."
                : $"{path}: magic at byte {Magic} is '{Printable(header, Magic, 4)}', expected 'n+1' (NIfTI-1 single file).");
        }

        var rank = fields.Int16(Dim);
        if (rank is < 1 or > 7)
        {
            throw fields.Error(Dim, "dim[0]", $"{rank}", "1 to 7");
        }
        var size = new int[3];
        for (var axis = 0; axis < 3; axis++)
        {
            size[axis] = axis < rank ? fields.Int16(Dim + 2 + 2 * axis) : 1;
            if (size[axis] < 1)
            {
                throw fields.Error(Dim + 2 + 2 * axis, $"dim[{axis + 1}]", $"{size[axis]}", "a positive size");
            }
        }
        for (var axis = 3; axis < rank; axis++)
        {
            var extent = fields.Int16(Dim + 2 + 2 * axis);
            if (extent != 1)
            {
                throw fields.Error(Dim + 2 + 2 * axis, $"dim[{axis + 1}]", $"{extent}", "1 (only 3-D images are read)");
            }
        }

        var dataType = (NiftiDataType)fields.Int16(Datatype);
        var bytesPerVoxel = NiftiWriter.BytesPerVoxel(dataType);
        if (bytesPerVoxel == 0 || !Enum.IsDefined(dataType))
        {
            throw fields.Error(Datatype, "datatype", $"{(short)dataType}", "2 (uint8), 4 (int16), 8 (int32), 16 (float32), 64 (float64), 256 (int8) or 512 (uint16)");
        }
        var voxOffset = fields.Single(VoxOffset);
        if (!(voxOffset >= 0) || voxOffset > int.MaxValue || voxOffset != Math.Floor(voxOffset))
        {
            throw fields.Error(VoxOffset, "vox_offset", $"{voxOffset}", $"a whole number of bytes >= {DataOffset}");
        }
        // Some writers leave vox_offset 0 in single files; data can only start after the header and extension flag
        // there, which is where nibabel reads it too.
        voxOffset = Math.Max(voxOffset, DataOffset);
        var voxelCount = (long)size[0] * size[1] * size[2];
        var dataBytes = voxelCount * bytesPerVoxel;
        if (dataBytes > Array.MaxLength || voxelCount > Array.MaxLength)
        {
            throw fields.Error(Dim, "dim", $"{size[0]} x {size[1]} x {size[2]}", "an image small enough for one array");
        }
        if (fileLength is { } length && (long)voxOffset + dataBytes > length)
        {
            throw new NiftiFormatException(
                $"{path}: truncated: dim {size[0]} x {size[1]} x {size[2]} of {dataType} needs {dataBytes:N0} bytes from byte {voxOffset}, the file has {length:N0} bytes.");
        }

        SkipTo(input, (long)voxOffset - HeaderSize, path);
        var data = ReadExactly(input, dataBytes, path, (long)voxOffset);
        var slope = fields.Single(SclSlope);
        var intercept = fields.Single(SclInter);
        // scl_slope 0 (or NaN, as some writers leave it) means "no scaling" in NIfTI-1.
        if (slope == 0 || !float.IsFinite(slope))
        {
            slope = 1;
            intercept = 0;
        }
        if (!float.IsFinite(intercept))
        {
            intercept = 0;
        }
        var voxels = Decode(data, dataType, fields.BigEndian, slope, intercept, (int)voxelCount);
        return new NiftiImage(new Volume3D<float>(Geometry(fields, size), voxels), dataType);
    }

    private static VolumeGeometry Geometry(HeaderFields fields, int[] size)
    {
        var pixdim = new double[4];
        for (var i = 0; i < 4; i++)
        {
            pixdim[i] = fields.Single(Pixdim + 4 * i);
        }
        var affine = new double[4, 4];
        if (fields.Int16(SformCode) > 0)
        {
            for (var row = 0; row < 3; row++)
            {
                for (var column = 0; column < 4; column++)
                {
                    affine[row, column] = fields.Single(SrowX + 16 * row + 4 * column);
                }
            }
        }
        else if (fields.Int16(QformCode) > 0)
        {
            var quaternion = new NiftiQuaternion(
                fields.Single(QuaternB), fields.Single(QuaternB + 4), fields.Single(QuaternB + 8),
                pixdim[0] < 0 ? -1 : 1);
            var rotation = quaternion.ToRotation();
            for (var row = 0; row < 3; row++)
            {
                for (var column = 0; column < 3; column++)
                {
                    affine[row, column] = rotation[row * 3 + column] * Math.Abs(pixdim[column + 1]);
                }
                affine[row, 3] = fields.Single(QoffsetX + 4 * row);
            }
        }
        else
        {
            // "Method 1" of the standard: no orientation recorded, only voxel sizes.
            for (var axis = 0; axis < 3; axis++)
            {
                affine[axis, axis] = pixdim[axis + 1] > 0 ? pixdim[axis + 1] : 1;
            }
        }

        try
        {
            return NiftiAffine.ToGeometry(affine, size[0], size[1], size[2]);
        }
        catch (ArgumentException e)
        {
            throw new NiftiFormatException($"{fields.Path}: {e.Message}");
        }
    }

    private static float[] Decode(byte[] data, NiftiDataType type, bool bigEndian, float slope, float intercept, int count)
    {
        var voxels = new float[count];
        var span = data.AsSpan();
        for (var i = 0; i < count; i++)
        {
            double value = type switch
            {
                NiftiDataType.UInt8 => span[i],
                NiftiDataType.Int8 => (sbyte)span[i],
                NiftiDataType.Int16 => bigEndian ? BinaryPrimitives.ReadInt16BigEndian(span[(2 * i)..]) : BinaryPrimitives.ReadInt16LittleEndian(span[(2 * i)..]),
                NiftiDataType.UInt16 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span[(2 * i)..]) : BinaryPrimitives.ReadUInt16LittleEndian(span[(2 * i)..]),
                NiftiDataType.Int32 => bigEndian ? BinaryPrimitives.ReadInt32BigEndian(span[(4 * i)..]) : BinaryPrimitives.ReadInt32LittleEndian(span[(4 * i)..]),
                NiftiDataType.Float32 => bigEndian ? BinaryPrimitives.ReadSingleBigEndian(span[(4 * i)..]) : BinaryPrimitives.ReadSingleLittleEndian(span[(4 * i)..]),
                NiftiDataType.Float64 => bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(span[(8 * i)..]) : BinaryPrimitives.ReadDoubleLittleEndian(span[(8 * i)..]),
                _ => throw new InvalidOperationException($"Unhandled NIfTI data type {type}."),
            };
            voxels[i] = (float)(value * slope + intercept);
        }
        return voxels;
    }

    private static void SkipTo(Stream input, long count, string path)
    {
        var buffer = new byte[4096];
        while (count > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new NiftiFormatException($"{path}: truncated before vox_offset.");
            }
            count -= read;
        }
    }

    private static byte[] ReadExactly(Stream input, long count, string path, long offset)
    {
        // Read in chunks so that a gzip file claiming a huge image allocates only as much as it really holds.
        const int chunk = 1 << 20;
        var chunks = new List<byte[]>();
        long total = 0;
        while (total < count)
        {
            var part = new byte[(int)Math.Min(chunk, count - total)];
            var read = input.ReadAtLeast(part, part.Length, throwOnEndOfStream: false);
            total += read;
            if (read < part.Length)
            {
                throw new NiftiFormatException($"{path}: truncated: voxel data from byte {offset} needs {count:N0} bytes, only {total:N0} are there.");
            }
            chunks.Add(part);
        }
        if (chunks.Count == 1)
        {
            return chunks[0];
        }
        var data = new byte[count];
        long position = 0;
        foreach (var part in chunks)
        {
            part.CopyTo(data, position);
            position += part.Length;
        }
        return data;
    }

    private static string Printable(byte[] bytes, int offset, int count) =>
        new([.. bytes.Skip(offset).Take(count).Select(b => b is >= 32 and < 127 ? (char)b : '.')]);

    /// <summary>Reads header fields in the file's byte order and names the field and offset when one is wrong.</summary>
    private sealed class HeaderFields
    {
        private readonly byte[] _header;

        public HeaderFields(byte[] header, string path)
        {
            _header = header;
            Path = path;
            var little = BinaryPrimitives.ReadInt32LittleEndian(header);
            var big = BinaryPrimitives.ReadInt32BigEndian(header);
            if (little != HeaderSize && big != HeaderSize)
            {
                throw new NiftiFormatException($"{path}: sizeof_hdr at byte 0 is {little}, expected {HeaderSize}: not a NIfTI-1 file.");
            }
            BigEndian = little != HeaderSize;
        }

        public string Path { get; }

        public bool BigEndian { get; }

        public short Int16(int offset) => BigEndian
            ? BinaryPrimitives.ReadInt16BigEndian(_header.AsSpan(offset))
            : BinaryPrimitives.ReadInt16LittleEndian(_header.AsSpan(offset));

        public float Single(int offset) => BigEndian
            ? BinaryPrimitives.ReadSingleBigEndian(_header.AsSpan(offset))
            : BinaryPrimitives.ReadSingleLittleEndian(_header.AsSpan(offset));

        public NiftiFormatException Error(int offset, string field, string value, string expected) =>
            new($"{Path}: header field {field} at byte {offset} is {value}, expected {expected}.");
    }
}
