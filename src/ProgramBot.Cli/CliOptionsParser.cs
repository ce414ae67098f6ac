namespace ProgramBot.Cli;

/// <summary>Parses <c>--name value</c>, <c>--name=value</c> and repeated <c>-c</c> options.</summary>
internal static class CliOptionsParser
{
    public static CliParseResult Parse(IReadOnlyList<string> args, string? environmentUser, string localTimeZoneId)
    {
        ArgumentNullException.ThrowIfNull(args);
        string url = CliOptions.DefaultUrl;
        string user = string.IsNullOrWhiteSpace(environmentUser) ? "me" : environmentUser.Trim();
        string conversation = CliOptions.DefaultConversationId;
        string timeZone = localTimeZoneId;
        string channel = CliOptions.DefaultChannelId;
        string? tenant = null;
        var commands = new List<string>();

        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                return CliParseResult.Success(new CliOptions(new Uri(url), user, conversation, timeZone, channel, tenant, commands, ShowHelp: true));
            }

            (string name, string? inline) = Split(arg);
            if (!IsKnown(name))
            {
                return CliParseResult.Failure($"unknown option '{arg}' (see --help)");
            }

            string? value = inline ?? (i + 1 < args.Count ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return CliParseResult.Failure($"option '{name}' needs a value");
            }

            switch (name)
            {
                case "--url": url = value; break;
                case "--user": user = value.Trim(); break;
                case "--conversation": conversation = value; break;
                case "--tz": timeZone = value; break;
                case "--channel": channel = value; break;
                case "--tenant": tenant = value; break;
                default: commands.Add(value); break;
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? botUrl) || (botUrl.Scheme != Uri.UriSchemeHttp && botUrl.Scheme != Uri.UriSchemeHttps))
        {
            return CliParseResult.Failure($"--url '{url}' is not an http(s) url, e.g. {CliOptions.DefaultUrl}");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return CliParseResult.Failure($"--tz '{timeZone}' is not a known time zone, e.g. Europe/Berlin");
        }

        return CliParseResult.Success(new CliOptions(botUrl, user, conversation, timeZone, channel, tenant, commands, ShowHelp: false));
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        int eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 2
            ? (arg[..eq], arg[(eq + 1)..])
            : (arg, null);
    }

    private static bool IsKnown(string name) =>
        name is "--url" or "--user" or "--conversation" or "--tz" or "--channel" or "--tenant" or "-c" or "--command";
}
