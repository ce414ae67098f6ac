using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Programs;

/// <summary><c>lesson add</c> and <c>lesson list</c>: what projects learned, kept for their program.</summary>
public sealed class LessonHandler(IDataStore store)
{
    public const int ListLimit = 15;

    public Task<View> AddAsync(LessonAddCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(
            context,
            "lesson add",
            async (uow, ct) =>
            {
                var project = await ProjectLookup.FindAsync(uow, command.Project, context, ct);
                if (!project.IsSuccess)
                {
                    return project.Error!;
                }

                await uow.Portfolio.AddLessonAsync(context.WorkspaceId, project.Value.Id, command.Text, context.Sender.Id, context.Now, ct);
                await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "project", project.Value.Key.Value, "lesson", "{}", context.Now), ct);
                return new MessageView($"Kept as a lesson of {project.Value.Key}.");
            },
            cancellationToken);
    }

    public async Task<View> ListAsync(LessonListCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var projects = await uow.Projects.ListAsync(context.WorkspaceId, ct);
                string scope;
                List<long> ids;
                if (command.Program is { } programKey)
                {
                    var program = await uow.Programs.FindByKeyAsync(context.WorkspaceId, programKey, ct);
                    if (program is null)
                    {
                        return ProgramErrors.Unknown(programKey);
                    }

                    (scope, ids) = ($"program {program.Key}", [.. projects.Where(p => p.ProgramId == program.Id).Select(p => p.Id)]);
                }
                else if (command.Project is null && await uow.ChannelBindings.FindProjectIdAsync(context.WorkspaceId, context.ConversationId, ct) is null)
                {
                    (scope, ids) = ("this workspace", [.. projects.Select(p => p.Id)]);
                }
                else
                {
                    var project = await ProjectLookup.FindAsync(uow, command.Project, context, ct);
                    if (!project.IsSuccess)
                    {
                        return project.Error!;
                    }

                    (scope, ids) = ($"project {project.Value.Key}", [project.Value.Id]);
                }

                var (lessons, total) = await uow.Portfolio.ListLessonsAsync(context.WorkspaceId, ids, ListLimit, ct);
                return new LessonListView(scope, lessons, total, context.TimeZone);
            },
            cancellationToken);
        return Outcome.ToView(result, "lesson list");
    }
}
