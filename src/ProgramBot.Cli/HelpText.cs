namespace ProgramBot.Cli;

/// <summary>The <c>--help</c> text.</summary>
internal static class HelpText
{
    public const string Usage = """
        ProgramBot CLI: talk to a running ProgramBot from the terminal.

        usage: programbot-cli [options]                 interactive (you> prompt, /quit or Ctrl+D to leave)
               programbot-cli [options] -c "<text>"...  send each text in order, print the replies, exit

        options:
          --url <url>            bot base url; posts to <url>/api/messages (default http://localhost:3978)
          --user <name>          who you are (default $USER or "me"); sent as from.id cli-user-<name>
          --conversation <id>    conversation id (default cli-conversation)
          --tz <zone>            IANA time zone sent as localTimezone (default: this machine's zone)
          --channel <id>         channel id (default programbot-cli)
          --tenant <id>          tenant id sent as conversation.tenantId and channelData.tenant.id
          -c, --command <text>   one-shot text to send; repeat for several
          -h, --help             this help

        @name in the text becomes a Teams-style mention of cli-user-<name>; e-mail addresses stay as they are.
        exit codes: 0 ok, 1 bot unreachable or answered an error, 2 bad options, 130 cancelled.
        """;
}
