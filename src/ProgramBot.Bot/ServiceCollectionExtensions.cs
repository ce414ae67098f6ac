using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Bot.Bots;
using ProgramBot.Bot.State;

namespace ProgramBot.Bot;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the bot, its state storage and conversation/user state.</summary>
    public static IServiceCollection AddProgramBot(this IServiceCollection services)
    {
        services.AddSingleton<IStorage, DatabaseStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<IBot, ProgramBotHandler>();
        return services;
    }
}
