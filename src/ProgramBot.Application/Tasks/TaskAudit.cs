using System.Text.Json;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tasks;

public static class TaskAudit
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static AuditEvent Event(CommandContext context, WorkItem item, string action, object details)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(item);
        return new AuditEvent(
            context.WorkspaceId, context.Sender.Id, "task", item.Id.ToString(), action, JsonSerializer.Serialize(details, JsonOptions), context.Now);
    }
}
