using DoxGuard.Normalization;

namespace DoxGuard.Tests.Normalization;

public sealed class OffsetSegmentTests
{
    // Text of 9 characters: 3 copied from original offset 5, 2 produced by original [9, 12), 4 copied from offset 20.
    private static readonly OffsetSegment[] Mixed =
    [
        new(0, 5, 0, Run: true),
        new(3, 9, 12, Run: false),
        new(5, 20, 0, Run: true),
    ];

    [Theory]
    [InlineData(0, 5, 6)]
    [InlineData(2, 7, 8)]
    [InlineData(3, 9, 12)]
    [InlineData(4, 9, 12)]
    [InlineData(5, 20, 21)]
    [InlineData(8, 23, 24)]
    public void StartOfEndOf_MixedSegments_MatchPerCharacterArrays(int index, int start, int end)
    {
        Assert.Equal(start, OffsetSegment.StartOf(Mixed, 9, index));
        Assert.Equal(end, OffsetSegment.EndOf(Mixed, 9, index));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void StartOf_OutsideTheText_ThrowsAsAnArrayWould(int index)
    {
        Assert.Throws<IndexOutOfRangeException>(() => OffsetSegment.StartOf(Mixed, 9, index));
        Assert.Throws<IndexOutOfRangeException>(() => OffsetSegment.EndOf(Mixed, 9, index));
    }

    [Fact]
    public void ToOriginal_SegmentMap_SameAsPerCharacterMap()
    {
        const string original = "abcdefghijklmnopqrstuvwxyz";
        const string text = "fghXYuvwx";
        int[] starts = [5, 6, 7, 9, 9, 20, 21, 22, 23];
        int[] ends = [6, 7, 8, 12, 12, 21, 22, 23, 24];
        NormalizedText bySegments = NormalizedText.FromSegments(original, text, Mixed);
        NormalizedText byArrays = NormalizedText.Create(original, text, starts, ends);

        Assert.False(bySegments.IsIdentity);
        for (int start = 0; start <= text.Length; start++)
        {
            for (int end = 0; end <= text.Length; end++)
            {
                Assert.Equal(byArrays.ToOriginal(start, end), bySegments.ToOriginal(start, end));
            }
        }
    }
}
