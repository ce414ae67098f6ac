using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Programs;

/// <summary><c>program new</c> and <c>program list</c>.</summary>
public sealed class ProgramHandler(IDataStore store)
{
    public async Task<View> NewAsync(ProgramNewCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return await store.ChangeAsync(
            context,
            "program new",
            async (uow, ct) =>
            {
                if (await uow.Programs.FindByKeyAsync(context.WorkspaceId, command.Key, ct) is not null)
                {
                    return new Error("program.exists", $"Program {command.Key} already exists.");
                }

                var manager = command.Manager is null
                    ? Result<Member>.Success(context.Sender)
                    : await MemberResolver.ResolveAsync(uow, command.Manager, context, mayRegister: true, ct);
                if (!manager.IsSuccess)
                {
                    return manager.Error!;
                }

                var created = Program.Create(context.WorkspaceId, command.Key, command.Name, command.Objective, manager.Value.Id, context.Now);
                if (!created.IsSuccess)
                {
                    return created.Error!;
                }

                var program = await uow.Programs.AddAsync(created.Value, ct);
                var details = JsonSerializer.Serialize(new { name = program.Name, objective = program.Objective });
                await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "program", program.Key.Value, "created", details, context.Now), ct);
                return new ProgramCreatedView(new ProgramSummary(program.Key.Value, program.Name, program.Objective, manager.Value.Name));
            },
            cancellationToken);
    }

    public Task<View> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return store.ReadAsync<View>(
            async (uow, ct) =>
            {
                var programs = await uow.Programs.ListAsync(context.WorkspaceId, ct);
                var managerIds = programs.Where(p => p.ManagerId is not null).Select(p => p.ManagerId!.Value).Distinct().ToArray();
                var managers = managerIds.Length == 0 ? [] : (await uow.Members.GetByIdsAsync(context.WorkspaceId, managerIds, ct)).ToDictionary(m => m.Id, m => m.Name);
                return new ProgramListView([.. programs.Select(p => new ProgramSummary(
                    p.Key.Value, p.Name, p.Objective, p.ManagerId is { } id ? managers.GetValueOrDefault(id) : null))]);
            },
            cancellationToken);
    }
}
