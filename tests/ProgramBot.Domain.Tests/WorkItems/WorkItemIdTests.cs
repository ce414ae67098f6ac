using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Domain.Tests.WorkItems;

public sealed class WorkItemIdTests
{
    [Theory]
    [InlineData("WEB-42", "WEB-42")]
    [InlineData("web-7", "WEB-7")]
    [InlineData(" API2-100 ", "API2-100")]
    public void Parse_NormalisesId_WhenWellFormed(string text, string expected)
    {
        var result = WorkItemId.Parse(text);

        Assert.Equal(expected, result.Value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("WEB")]
    [InlineData("WEB-")]
    [InlineData("WEB-0")]
    [InlineData("W-1")]
    [InlineData("WEB-1-2")]
    [InlineData("1WEB-2")]
    [InlineData("WEB-99999999999")]
    public void Parse_Fails_WhenMalformed(string text)
    {
        var result = WorkItemId.Parse(text);

        Assert.Equal("task.id.invalid", result.Error?.Code);
    }

    [Fact]
    public void Parse_Fails_WhenNull() => Assert.False(WorkItemId.Parse(null).IsSuccess);
}
