using Solutions.BirdDetection.Data;
using Solutions.Shared.Data.Tabular;

namespace Solutions.BirdDetection.Tests.Data;

public sealed class CubDatasetTests : IDisposable
{
    private readonly CubFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Loads_every_class_and_image_with_sizes_from_the_headers()
    {
        var data = CubDataset.Load(_folder.Root);

        Assert.Equal(["Red Finch", "Blue Wren", "Grey Lark"], data.Classes.Select(c => c.Name));
        Assert.Equal([1, 2, 3, 4], data.Images.Select(i => i.Id));
        var first = data.Images[0];
        Assert.Equal(Path.Combine(_folder.Root, "images", "001.Red_Finch", "Red_Finch_0001.png"), first.Path);
        Assert.Equal((40, 30), (first.Width, first.Height));
        Assert.Equal((50, 20), (data.Images[1].Width, data.Images[1].Height));
        Assert.Equal(new PixelBox(10, 6, 20, 12), first.Box);
        Assert.True(first.IsTraining);
        Assert.False(data.Images[1].IsTraining);
        // (10, 6, 20 x 12) in 40 x 30: xmin 10/40 = 0.25, ymin 6/30 = 0.2, xmax 30/40 = 0.75, ymax 18/30 = 0.6.
        Assert.Equal(new NormalisedBox(0.25, 0.2, 0.75, 0.6), first.NormalisedBox);
        Assert.Equal([1, 3], data.TrainingImages.Select(i => i.Id));
        Assert.Equal([2, 4], data.TestImages.Select(i => i.Id));
    }

    [Fact]
    public void A_class_subset_keeps_its_images_and_numbers_the_classes_from_zero()
    {
        var data = CubDataset.Load(_folder.Parent, classIds: [3, 1]);

        Assert.Equal([1, 3], data.Classes.Select(c => c.Id));
        Assert.Equal([1, 2, 4], data.Images.Select(i => i.Id));
        Assert.Equal([0, 0, 1], data.Images.Select(i => i.ClassIndex));
        Assert.Equal("003.Grey_Lark", data.Images[2].Class.FolderName);
    }

    [Fact]
    public void A_box_overshooting_by_a_rounding_error_is_clamped_to_the_image()
    {
        _folder.Write(CubLayout.BoundingBoxesFile, "1 -1.0 6.0 42.5 25.0", "2 0.0 0.0 50.0 20.0", "3 4.0 3.0 8.0 6.0", "4 16.0 12.0 32.0 24.0");

        var box = CubDataset.Load(_folder.Root).Images[0].Box;

        // x from -1 to 41.5 in a 40-wide image becomes 0 to 40; y from 6 to 31 in a 30-high image becomes 6 to 30.
        Assert.Equal(new PixelBox(0, 6, 40, 24), box);
    }

    [Theory]
    [InlineData(CubLayout.BoundingBoxesFile, "1 10 abc 20 12", "bounding_boxes.txt, line 1, field 3 'y': 'abc' is not a number")]
    [InlineData(CubLayout.BoundingBoxesFile, "1 10 6 20", "bounding_boxes.txt, line 1: found 4 field(s)")]
    [InlineData(CubLayout.BoundingBoxesFile, "1 10 6 0 12", "bounding_boxes.txt, line 1, field 4 'width'")]
    [InlineData(CubLayout.BoundingBoxesFile, "1 10 6 35 12", "bounding_boxes.txt, line 1, field 4 'width': x + width = 45 reaches past the 40 x 30 image")]
    [InlineData(CubLayout.BoundingBoxesFile, "1 10 40 5 5", "bounding_boxes.txt, line 1, field 3 'y': y = 40 lies outside the 40 x 30 image")]
    [InlineData(CubLayout.BoundingBoxesFile, "99 10 6 20 12", "bounding_boxes.txt, line 1, field 1 'image_id': image 99 is not in images.txt")]
    [InlineData(CubLayout.ImageClassLabelsFile, "1 9", "image_class_labels.txt, line 1, field 2 'class_id': class 9 is not in classes.txt")]
    [InlineData(CubLayout.ImageClassLabelsFile, "1 x", "image_class_labels.txt, line 1, field 2 'class_id': 'x' is not a positive whole number")]
    [InlineData(CubLayout.TrainTestSplitFile, "1 2", "train_test_split.txt, line 1, field 2 'is_training_image': '2' is neither 1 nor 0")]
    [InlineData(CubLayout.ClassesFile, "0 000.Nothing", "classes.txt, line 1, field 1 'class_id': '0' is not a positive whole number")]
    public void A_bad_first_line_is_named_by_file_line_and_field(string file, string badLine, string expected)
    {
        ReplaceFirstLine(file, badLine);

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        Assert.Contains(expected, error.Message);
        Assert.EndsWith(file, error.FileName);
    }

    [Fact]
    public void A_duplicate_id_names_both_lines()
    {
        _folder.Write(CubLayout.ImageClassLabelsFile, "1 1", "2 1", "3 2", "", "2 3");

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        // Line 4 is blank and skipped; the repeat is on line 5.
        Assert.Contains("image_class_labels.txt, line 5, field 1 'image_id': id 2 is listed again (first at line 2)", error.Message);
        Assert.Equal(5, error.Error!.Line);
    }

    [Fact]
    public void An_image_missing_from_a_per_image_file_is_named_by_its_images_txt_line()
    {
        _folder.Write(CubLayout.BoundingBoxesFile, "1 10.0 6.0 20.0 12.0", "2 0.0 0.0 50.0 20.0", "4 16.0 12.0 32.0 24.0");

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        Assert.Contains("images.txt, line 3, field 1 'image_id': image 3 has no line in bounding_boxes.txt", error.Message);
    }

    [Fact]
    public void A_missing_image_file_is_named_by_its_images_txt_line()
    {
        File.Delete(Path.Combine(_folder.Root, "images", "002.Blue_Wren", "Blue_Wren_0001.png"));

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        Assert.Contains("images.txt, line 3, field 2 'path'", error.Message);
        Assert.Contains("Blue_Wren_0001.png' does not exist", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder.Root, "images", "002.Blue_Wren", "Blue_Wren_0001.png"), "not a picture");

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        Assert.Contains("images.txt, line 3, field 2 'path'", error.Message);
        Assert.Contains("is not an image that can be read", error.Message);
    }

    [Fact]
    public void A_path_leaving_the_images_folder_is_refused()
    {
        ReplaceFirstLine(CubLayout.ImagesFile, "1 ../classes.txt");

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        Assert.Contains("images.txt, line 1, field 2 'path': '../classes.txt' points outside the images folder", error.Message);
    }

    [Fact]
    public void Images_of_classes_left_out_are_not_opened()
    {
        // Only class 3 is selected, so the broken image of class 2 does not matter.
        File.Delete(Path.Combine(_folder.Root, "images", "002.Blue_Wren", "Blue_Wren_0001.png"));

        Assert.Equal([4], CubDataset.Load(_folder.Root, [3]).Images.Select(i => i.Id));
    }

    [Fact]
    public void Selecting_an_unknown_class_says_which_ids_exist()
    {
        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root, [2, 17]));

        Assert.Contains("17", error.Message);
        Assert.Contains("ids 1 to 3", error.Message);
    }

    [Fact]
    public void A_folder_without_the_layout_is_refused_with_what_was_expected()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => CubDataset.Load(Path.Combine(_folder.Root, "images")));

        Assert.Contains("images.txt", error.Message);
        Assert.Contains("CUB_200_2011", error.Message);
    }

    [Fact]
    public void A_missing_text_file_is_named()
    {
        File.Delete(Path.Combine(_folder.Root, CubLayout.TrainTestSplitFile));

        var error = Assert.Throws<TabularDataException>(() => CubDataset.Load(_folder.Root));

        Assert.Contains("train_test_split.txt: the file does not exist", error.Message);
    }

    private void ReplaceFirstLine(string file, string line)
    {
        var path = Path.Combine(_folder.Root, file);
        var lines = File.ReadAllLines(path);
        lines[0] = line;
        _folder.Write(file, lines);
    }
}
