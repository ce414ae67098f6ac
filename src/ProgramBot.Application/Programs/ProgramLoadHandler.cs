using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Health;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Health;

namespace ProgramBot.Application.Programs;

/// <summary>
/// <c>program load KEY</c>: open assigned work across the program's projects, estimated days per
/// person and week for four weeks from this Monday (an unestimated task weighs its project's median
/// estimate, or 1 day), in four queries whatever the size of the program.
/// </summary>
public sealed class ProgramLoadHandler(IDataStore store, IOptions<HealthOptions> options)
{
    public const int Weeks = 4;

    public async Task<View> LoadAsync(ProgramLoadCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var capacity = options.Value.WeeklyCapacityDays;
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var program = await uow.Programs.FindByKeyAsync(context.WorkspaceId, command.Program, ct);
                if (program is null)
                {
                    return ProgramErrors.Unknown(command.Program);
                }

                var ids = (await uow.Projects.ListAsync(context.WorkspaceId, ct)).Where(p => p.ProgramId == program.Id).Select(p => p.Id).ToList();
                var monday = context.Today.AddDays(-(((int)context.Today.DayOfWeek + 6) % 7));
                var rows = await uow.Health.ReadLoadAsync(context.WorkspaceId, ids, monday, monday.AddDays(7 * Weeks), ct);
                var medians = (await uow.Health.ReadEstimatesAsync(context.WorkspaceId, ids, ct))
                    .GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => WorkTotals.Median([.. g.Select(e => e.Days)]) ?? 1m);
                var names = await MemberNames.ReadAsync(uow, context.WorkspaceId, rows.Select(r => (long?)r.AssigneeId), ct);
                var members = rows.GroupBy(r => r.AssigneeId).Select(person =>
                {
                    var days = new decimal[Weeks];
                    foreach (var row in person)
                    {
                        days[row.Week] += row.EstimatedDays + (row.Unestimated * medians.GetValueOrDefault(row.ProjectId, 1m));
                    }

                    return new MemberLoad(names.GetValueOrDefault(person.Key) ?? "someone", days, person.Sum(r => r.Tasks), days.Any(d => d > capacity));
                }).OrderByDescending(m => m.Over).ThenByDescending(m => m.Days.Sum()).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
                return new ProgramLoadView(program.Key.Value, [.. Enumerable.Range(0, Weeks).Select(w => monday.AddDays(7 * w))], members, capacity);
            },
            cancellationToken);
        return Outcome.ToView(result, "program load");
    }
}
