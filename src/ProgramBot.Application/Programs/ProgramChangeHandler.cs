using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;

namespace ProgramBot.Application.Programs;

/// <summary><c>program add-project</c> and <c>program stakeholders</c>.</summary>
public sealed class ProgramChangeHandler(IDataStore store)
{
    public const int MaxStakeholders = 20;

    public Task<View> AddProjectAsync(ProgramAddProjectCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(
            context,
            "program add-project",
            async (uow, ct) =>
            {
                var program = await uow.Programs.FindByKeyAsync(context.WorkspaceId, command.Program, ct);
                var project = await uow.Projects.FindByKeyAsync(context.WorkspaceId, command.Project, ct);
                if (program is null || project is null)
                {
                    return program is null ? ProgramErrors.Unknown(command.Program) : ProjectLookup.Unknown(command.Project);
                }

                if (project.ProgramId == program.Id)
                {
                    return new Error("program.member", $"{project.Key} is already in program {program.Key}.");
                }

                if (project.ProgramId is { } other)
                {
                    var current = await uow.Programs.FindByIdAsync(context.WorkspaceId, other, ct);
                    return new Error("program.member", $"{project.Key} is in program {current?.Key.Value ?? "another"}; a project belongs to one program at most.");
                }

                await uow.Portfolio.SetProjectProgramAsync(context.WorkspaceId, project.Id, program.Id, ct);
                await AuditAsync(uow, context, program, "project added", new { project = project.Key.Value }, ct);
                return new MessageView($"{project.Key} ({project.Name}) is now part of program {program.Key}.");
            },
            cancellationToken);
    }

    public Task<View> StakeholdersAsync(ProgramStakeholdersCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(
            context,
            "program stakeholders",
            async (uow, ct) =>
            {
                var program = await uow.Programs.FindByKeyAsync(context.WorkspaceId, command.Program, ct);
                if (program is null)
                {
                    return ProgramErrors.Unknown(command.Program);
                }

                // Stakeholders get the program's digests and escalations in their personal chats: not anyone's to hand out.
                if (program.ManagerId != context.Sender.Id
                    && await WorkspaceAdmins.RequireAsync(uow, context, "Only the program's manager or a workspace admin can name its stakeholders.", ct) is { IsSuccess: false } refused)
                {
                    return refused.Error!;
                }

                var members = new List<Domain.Workspaces.Member>();
                foreach (var reference in command.Members)
                {
                    var member = await MemberResolver.ResolveAsync(uow, reference, context, mayRegister: true, ct);
                    if (!member.IsSuccess)
                    {
                        return member.Error!;
                    }

                    members.Add(member.Value);
                }

                var distinct = members.DistinctBy(m => m.Id).ToList();
                await uow.Portfolio.SetStakeholdersAsync(context.WorkspaceId, program.Id, [.. distinct.Select(m => m.Id)], ct);
                await AuditAsync(uow, context, program, "stakeholders", new { members = distinct.Select(m => m.Name) }, ct);
                return new MessageView($"Stakeholders of {program.Key}: {string.Join(", ", distinct.Select(m => m.Name))}.");
            },
            cancellationToken);
    }

    private static Task AuditAsync(IUnitOfWork uow, CommandContext context, Program program, string action, object details, CancellationToken cancellationToken) =>
        uow.Audit.AppendAsync(
            new AuditEvent(context.WorkspaceId, context.Sender.Id, "program", program.Key.Value, action, System.Text.Json.JsonSerializer.Serialize(details), context.Now),
            cancellationToken);
}
