using SkiaSharp;
using Solutions.BirdDetection.Imaging;

namespace Solutions.BirdDetection.Tests.Imaging;

public sealed class ImageDecoderTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    public void Jpeg_and_png_decode_to_their_size_and_colours(SKEncodedImageFormat format)
    {
        using var original = TestImages.Solid(30, 20, new SKColor(200, 100, 10));

        using var decoded = ImageDecoder.Decode(TestImages.Encode(original, format), "test image");

        Assert.Equal((30, 20), (decoded.Width, decoded.Height));
        // PNG is lossless; JPEG's colour conversion may move a flat colour by a level or two.
        var pixel = decoded.GetPixel(15, 10);
        Assert.InRange(pixel.Red, 197, 203);
        Assert.InRange(pixel.Green, 97, 103);
        Assert.InRange(pixel.Blue, 7, 13);
    }

    [Fact]
    public void Empty_input_is_refused_naming_the_source()
    {
        var error = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode([], "request body"));

        Assert.Equal("request body is empty; expected a JPEG or PNG image", error.Message);
    }

    [Fact]
    public void Bytes_that_are_no_image_are_refused_naming_the_source()
    {
        var error = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode("GIF? no, just text"u8, "bird.jpg"));

        Assert.StartsWith("bird.jpg is not a readable image", error.Message);
    }

    [Fact]
    public void A_truncated_jpeg_is_refused_as_truncated()
    {
        using var image = TestImages.Bird(120, 90, seed: 5);
        var jpeg = TestImages.Encode(image, SKEncodedImageFormat.Jpeg);

        var error = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode(jpeg.AsSpan(0, jpeg.Length / 2), "half.jpg"));

        Assert.Equal("half.jpg is truncated: the image data ends before the last row", error.Message);
    }

    [Fact]
    public void A_supported_codec_of_another_format_is_refused()
    {
        using var image = TestImages.Solid(8, 8, SKColors.Red);
        var webp = TestImages.Encode(image, SKEncodedImageFormat.Webp);

        var error = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode(webp, "bird.webp"));

        Assert.Equal("bird.webp is a Webp image; expected a JPEG or PNG image", error.Message);
    }

    [Fact]
    public void An_image_over_the_pixel_budget_is_refused_before_decoding()
    {
        // The PNG header declares 100 x 50 = 5,000 pixels; with a budget of 4,999 it is refused from the header.
        using var image = TestImages.Solid(100, 50, SKColors.Blue);

        var error = Assert.Throws<InvalidDataException>(() =>
            ImageDecoder.Decode(TestImages.Encode(image, SKEncodedImageFormat.Png), "big.png", maxPixels: 4_999));

        Assert.Equal("big.png is 100 x 50 = 5,000 pixels; at most 4,999 are accepted", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jpg");

        var error = Assert.Throws<FileNotFoundException>(() => ImageDecoder.DecodeFile(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Exif_orientation_6_is_turned_upright_by_a_quarter_turn_clockwise()
    {
        // Stored 40 x 20: left half red, right half blue. Orientation 6 ("RightTop") means a viewer turns it a
        // quarter turn clockwise, so upright it is 20 x 40 with the red half on top.
        using var stored = TestImages.Solid(40, 20, SKColors.Blue);
        using (var canvas = new SKCanvas(stored))
        using (var red = new SKPaint { Color = SKColors.Red })
            canvas.DrawRect(0, 0, 20, 20, red);
        var jpeg = WithExifOrientation(TestImages.Encode(stored, SKEncodedImageFormat.Jpeg), 6);

        using var upright = ImageDecoder.Decode(jpeg, "rotated.jpg");

        Assert.Equal((20, 40), (upright.Width, upright.Height));
        Assert.True(upright.GetPixel(10, 5).Red > 200, "top should be red");
        Assert.True(upright.GetPixel(10, 35).Blue > 200, "bottom should be blue");
    }

    /// <summary>Inserts an APP1 Exif segment (big-endian TIFF, one IFD entry: Orientation, tag 0x0112) after SOI.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, // big-endian header, first IFD at offset 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0, // SHORT, count 1, value
            0, 0, 0, 0, // no next IFD
        ];
        byte[] exifHeader = [(byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0];
        var length = 2 + exifHeader.Length + tiff.Length;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exifHeader, .. tiff];
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }
}
