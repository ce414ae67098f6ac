using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Domain.Tests.Projects;

public sealed class ProjectTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly EntityKey Web = EntityKey.Parse("WEB", "project").Value;

    [Fact]
    public void Create_IsRefused_WhenTargetEndBeforeStart()
    {
        var result = Project.Create(1, Web, "Website", null, null, new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1), Now);

        Assert.Equal("project.dates", result.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two\nlines")]
    public void Create_IsRefused_WhenNameInvalid(string name) =>
        Assert.False(Project.Create(1, Web, name, null, null, null, null, Now).IsSuccess);

    [Fact]
    public void Create_StartsActive() =>
        Assert.Equal(ProjectStatus.Active, Project.Create(1, Web, " Website ", null, null, null, null, Now).Value.Status);

    [Fact]
    public void ProgramCreate_IsRefused_WhenObjectiveTooLong() =>
        Assert.Equal("program.objective", Program.Create(1, Web, "Apollo", new string('o', 501), null, Now).Error?.Code);
}
