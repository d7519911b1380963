using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class NativeBufferTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void New_AnyLength_ClearedAndReleasable(int length)
    {
        var buffer = new NativeBuffer<ulong>(length);

        Assert.Equal(length, buffer.Length);
        Assert.All(buffer.Span.ToArray(), item => Assert.Equal(0UL, item));
        buffer.Release();
        Assert.Equal(0, buffer.Length);
    }

    [Theory]
    [InlineData(10, 25)]
    [InlineData(25, 10)]
    public void Resize_EitherWay_KeepsTheFirstItems(int from, int to)
    {
        var buffer = new NativeBuffer<int>(from);
        for (int i = 0; i < from; i++)
        {
            buffer.Span[i] = i * 3 + 1;
        }

        buffer.Resize(to);

        Assert.Equal(to, buffer.Length);
        for (int i = 0; i < Math.Min(from, to); i++)
        {
            Assert.Equal(i * 3 + 1, buffer.Span[i]);
        }

        buffer.Release();
    }
}
