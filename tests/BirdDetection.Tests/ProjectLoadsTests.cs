namespace Solutions.BirdDetection.Tests;

public sealed class ProjectLoadsTests
{
    [Fact]
    public void The_pretrained_backbone_ships_with_the_build()
    {
        var model = Path.Combine(AppContext.BaseDirectory, "DnnImageModels", "ResNet18Onnx", "ResNet18.onnx");
        Assert.True(File.Exists(model), $"expected the ResNet18 ONNX model at {model}");
    }
}
