using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ProgramBot.Bench.Servers;

/// <summary>The baseline's adapter: CloudAdapter with one constructor, as ProgramBot registers its own.</summary>
internal sealed class EchoAdapter(BotFrameworkAuthentication authentication, ILogger<EchoAdapter> logger)
    : CloudAdapter(authentication, logger);
