using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class CandidateMemoTests
{
    [Theory]
    [InlineData((int)DetailKind.Name, "daniel kwiatkowski", true)]
    [InlineData((int)DetailKind.Name, "daniel kwiatkowsk", false)]
    [InlineData((int)DetailKind.Name, "daniel kwiatkowskis", false)]
    [InlineData((int)DetailKind.Plate, "daniel kwiatkowski", false)]
    [InlineData((int)DetailKind.Phone, "+17735550143", true)]
    [InlineData((int)DetailKind.Phone, "+17735550144", false)]
    [InlineData((int)DetailKind.Email, "+17735550143", false)]
    public void Find_AfterAdd_FindsOnlyTheSameKindAndText(int kindNumber, string value, bool found)
    {
        var kind = (DetailKind)kindNumber;
        CandidateMemo memo = CandidateMemo.ForThread();
        memo.Add(DetailKind.Name, "daniel kwiatkowski", new UInt128(1, 2));
        memo.Add(DetailKind.Phone, "+17735550143", new UInt128(3, 4));

        int entry = memo.Find(kind, value);

        Assert.Equal(found, entry >= 0);
        if (found)
        {
            Assert.Equal(kind == DetailKind.Name ? new UInt128(1, 2) : new UInt128(3, 4), memo.Hash(entry));
        }
    }

    [Fact]
    public void Add_BeyondCapacity_KeepsTheFirstEntriesAndForgetsAllOnClear()
    {
        CandidateMemo memo = CandidateMemo.ForThread();
        for (int i = 0; i < 500; i++)
        {
            memo.Add(DetailKind.Plate, $"AB{i:D4}", new UInt128(0, (ulong)i));
        }

        Assert.Equal(new UInt128(0, 0), memo.Hash(memo.Find(DetailKind.Plate, "AB0000")));
        Assert.Equal(new UInt128(0, 40), memo.Hash(memo.Find(DetailKind.Plate, "AB0040")));
        Assert.Equal(-1, memo.Find(DetailKind.Plate, "AB0499")); // full: not remembered, so hashed again

        memo.Clear();
        Assert.Equal(-1, memo.Find(DetailKind.Plate, "AB0000"));
        Assert.Equal(-1, CandidateMemo.ForThread().Find(DetailKind.Plate, "AB0001"));
    }
}
