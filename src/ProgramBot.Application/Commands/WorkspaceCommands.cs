namespace ProgramBot.Application.Commands;

/// <summary><c>workspace admins</c>: who the workspace's admins are.</summary>
public sealed record WorkspaceAdminsCommand : Command;

/// <summary><c>workspace admin @user [off]</c>: makes someone a workspace admin, or (off) no longer one.</summary>
public sealed record WorkspaceAdminCommand(MemberRef Member, bool On) : Command;
