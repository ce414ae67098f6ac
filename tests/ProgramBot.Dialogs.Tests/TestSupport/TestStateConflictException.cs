namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>Stands in for the host's storage conflict; the runner recognises it by its name.</summary>
internal sealed class TestStateConflictException(string key) : Exception($"State '{key}' was changed by someone else.");
