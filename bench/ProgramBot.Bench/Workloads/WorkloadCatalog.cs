namespace ProgramBot.Bench.Workloads;

/// <summary>Every workload the bench knows; a new one is a new class added here.</summary>
internal static class WorkloadCatalog
{
    public static IReadOnlyList<IWorkload> All(TimeProvider clock) =>
    [
        new TaskAddWorkload(clock),
        new TaskListWorkload(),
        new GuidedDialogWorkload(),
        new ApprovalClickWorkload(),
    ];

    /// <summary>The named workloads, or all of them when none is named; null names an unknown one.</summary>
    public static IReadOnlyList<IWorkload>? Select(IReadOnlyList<string> names, TimeProvider clock)
    {
        var all = All(clock);
        if (names.Count == 0)
        {
            return all;
        }

        var chosen = all.Where(w => names.Contains(w.Name, StringComparer.Ordinal)).ToList();
        return chosen.Count == names.Count ? chosen : null;
    }
}
