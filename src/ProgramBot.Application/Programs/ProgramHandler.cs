using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;

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

                var manager = await MemberResolver.ResolveOrSenderAsync(uow, command.Manager, context, ct);
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
                var managers = await MemberNames.ReadAsync(uow, context.WorkspaceId, programs.Select(p => p.ManagerId), ct);
                return new ProgramListView([.. programs.Select(p => new ProgramSummary(
                    p.Key.Value, p.Name, p.Objective, p.ManagerId is { } id ? managers.GetValueOrDefault(id) : null))]);
            },
            cancellationToken);
    }
}
