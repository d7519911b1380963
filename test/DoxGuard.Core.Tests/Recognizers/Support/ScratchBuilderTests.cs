using System.Text;
using DoxGuard.Recognizers.Addresses;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Tests.Recognizers.Support;

public sealed class ScratchBuilderTests
{
    [Fact]
    public void Acquire_AfterRelease_ReusesTheBuilderEmpty()
    {
        StringBuilder first = ScratchBuilder.Acquire();
        first.Append("6120 S KILBOURN AVE");
        Assert.Equal("6120 S KILBOURN AVE", ScratchBuilder.ToStringAndRelease(first));

        StringBuilder second = ScratchBuilder.Acquire();
        Assert.Same(first, second);
        Assert.Equal(0, second.Length);
        ScratchBuilder.Release(second);
    }

    [Fact]
    public void Acquire_WhileAnotherIsOpen_ReturnsADifferentBuilder()
    {
        StringBuilder outer = ScratchBuilder.Acquire();
        outer.Append("CL ALCALA");
        StringBuilder inner = ScratchBuilder.Acquire();
        inner.Append("45");

        Assert.NotSame(outer, inner);
        Assert.Equal("45", ScratchBuilder.ToStringAndRelease(inner));
        Assert.Equal("CL ALCALA", ScratchBuilder.ToStringAndRelease(outer));
    }

    [Fact]
    public void Release_LargeBuilder_IsNotKept()
    {
        StringBuilder big = ScratchBuilder.Acquire();
        big.Append('x', 1000);
        ScratchBuilder.Release(big);

        StringBuilder next = ScratchBuilder.Acquire();
        Assert.NotSame(big, next);
        ScratchBuilder.Release(next);
    }

    [Theory]
    [InlineData("Juárez", "JUAREZ")]
    [InlineData("12  b", "12 B")]
    [InlineData("  ", " ")]
    [InlineData("", "")]
    public void Canonical_FoldsAndCollapsesSpaces(string input, string expected) =>
        Assert.Equal(expected, AddressParser.Canonical(input));

    [Fact]
    public void Canonical_LongerThanTheStackBuffer_IsFoldedWhole()
    {
        string input = new('é', 300);
        Assert.Equal(new string('E', 300), AddressParser.Canonical(input));
    }

    [Fact]
    public void ToCanonicalString_StartsWithTheStreetLine()
    {
        var address = new ParsedAddress { Form = AddressForm.UsStreet, HouseNumber = "6120", StreetName = "KILBOURN", Suffix = "AVE", Unit = "2", City = "CHICAGO", State = "IL", PostalCode = "60629" };
        Assert.Equal("6120 KILBOURN AVE", address.StreetLine);
        Assert.Equal("6120 KILBOURN AVE APT 2, CHICAGO, IL 60629", address.ToCanonicalString());
    }
}
