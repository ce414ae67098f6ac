using System.Globalization;
using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.WorkItems;

public static class DueDateRules
{
    public static Error InPast(DateOnly dueDate) => new(
        "task.due.past",
        $"{dueDate.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)} is in the past; pick today or a later date.");
}
