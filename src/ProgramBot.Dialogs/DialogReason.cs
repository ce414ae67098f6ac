namespace ProgramBot.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>A dialog was started.</summary>
    BeginCalled,

    /// <summary>A dialog is continued with a new message.</summary>
    ContinueCalled,

    /// <summary>A dialog ended normally.</summary>
    EndCalled,

    /// <summary>A dialog was replaced by another.</summary>
    ReplaceCalled,

    /// <summary>A dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <c>NextAsync</c>.</summary>
    NextCalled,
}
