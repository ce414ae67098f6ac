using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Domain.Tests.WorkItems;

public sealed class WorkItemTitleTests
{
    [Fact]
    public void Validate_TrimsTitle() => Assert.Equal("Write spec", WorkItemTitle.Validate("  Write spec ").Value);

    [Fact]
    public void Validate_AcceptsExactlyMaxLength() => Assert.True(WorkItemTitle.Validate(new string('x', 200)).IsSuccess);

    [Theory]
    [InlineData("", "task.title.empty")]
    [InlineData("   ", "task.title.empty")]
    [InlineData("tab\there", "task.title.control")]
    public void Validate_Fails_WhenEmptyOrControl(string title, string code) =>
        Assert.Equal(code, WorkItemTitle.Validate(title).Error?.Code);

    [Fact]
    public void Validate_Fails_WhenTooLong()
    {
        var result = WorkItemTitle.Validate(new string('x', 201));

        Assert.Equal("That title has 201 characters; keep it to 200.", result.Error?.Message);
    }

    [Fact]
    public void Validate_KeepsMarkupVerbatim() =>
        Assert.Equal("<script>'; DROP TABLE x;--", WorkItemTitle.Validate("<script>'; DROP TABLE x;--").Value);
}
