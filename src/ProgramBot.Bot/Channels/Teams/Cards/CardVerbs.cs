namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>The verbs our cards send back in <c>Action.Execute</c> (and in the <c>Action.Submit</c> fallback data).</summary>
public static class CardVerbs
{
    public const string TaskStart = "task.start";
    public const string TaskDone = "task.done";
    public const string TaskAssignToMe = "task.assignToMe";
    public const string ApprovalApprove = "approval.approve";
    public const string ApprovalReject = "approval.reject";
    public const string ApprovalRefresh = "approval.refresh";

    /// <summary>The id of the Input.Text on an approval card; its value arrives beside verb and id.</summary>
    public const string CommentInputId = "comment";
}
