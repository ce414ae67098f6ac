using ProgramBot.Domain.Common;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Domain.Tests.Common;

public sealed class EntityKeyTests
{
    [Theory]
    [InlineData("WEB", "WEB")]
    [InlineData("#web", "WEB")]
    [InlineData("Apollo2", "APOLLO2")]
    [InlineData("AB", "AB")]
    public void Parse_Normalises_WhenValid(string text, string expected) =>
        Assert.Equal(expected, EntityKey.Parse(text, "project").Value.Value);

    [Theory]
    [InlineData("W")]
    [InlineData("2WEB")]
    [InlineData("WEB-1")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("")]
    [InlineData("WÉB")]
    public void Parse_Fails_WhenInvalid(string text)
    {
        var result = EntityKey.Parse(text, "project");

        Assert.Equal("key.invalid", result.Error?.Code);
        Assert.Contains("project key", result.Error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alice Smith", "alicesmith")]
    [InlineData("@bob", "bob")]
    [InlineData("Jean-Luc O'Neil", "jean-luconeil")]
    public void MemberHandle_From_LowercasesAndDropsSpaces(string name, string handle) =>
        Assert.Equal(handle, MemberHandle.From(name));
}
