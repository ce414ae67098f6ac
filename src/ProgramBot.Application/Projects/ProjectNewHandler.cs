using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Projects;

/// <summary><c>project new</c>.</summary>
public sealed class ProjectNewHandler(IDataStore store)
{
    public async Task<View> HandleAsync(ProjectNewCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return await store.ChangeAsync(
            context,
            "project new",
            async (uow, ct) =>
            {
                if (await uow.Projects.FindByKeyAsync(context.WorkspaceId, command.Key, ct) is not null)
                {
                    return new Error("project.exists", $"Project {command.Key} already exists. Pick another key, or type project status #{command.Key}.");
                }

                long? programId = null;
                if (command.ProgramKey is { } programKey)
                {
                    var program = await uow.Programs.FindByKeyAsync(context.WorkspaceId, programKey, ct);
                    if (program is null)
                    {
                        return new Error("program.unknown", $"There's no program {programKey} here. Create it first with program new {programKey} <name>.");
                    }

                    programId = program.Id;
                }

                var manager = await MemberResolver.ResolveOrSenderAsync(uow, command.Manager, context, ct);
                return manager.IsSuccess
                    ? await CreateAsync(uow, command, context, programId, manager.Value.Id, ct)
                    : manager.Error!;
            },
            cancellationToken);
    }

    private static async Task<Result<View>> CreateAsync(
        IUnitOfWork uow, ProjectNewCommand command, CommandContext context, long? programId, long managerId, CancellationToken ct)
    {
        var created = Project.Create(context.WorkspaceId, command.Key, command.Name, programId, managerId, command.Start, command.End, context.Now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var project = await uow.Projects.AddAsync(created.Value, ct);
        var details = JsonSerializer.Serialize(new { name = project.Name, start = project.StartDate, end = project.TargetEnd });
        await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "project", project.Key.Value, "created", details, context.Now), ct);
        var summaries = await ProjectSummaries.CreateAsync(uow, context.WorkspaceId, [project], ct);
        return new ProjectCreatedView(summaries[0]);
    }
}
