using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bot.Approvals;
using ProgramBot.Bot.Bots;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Dialogs;
using ProgramBot.Bot.Dialogs.Forms;
using ProgramBot.Bot.Outbound;
using ProgramBot.Bot.Proactive;
using ProgramBot.Bot.State;
using ProgramBot.Dialogs;

namespace ProgramBot.Bot;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Bump when a form changes shape: stacks saved by an older deploy are then reset with an
    /// apology instead of being read wrongly.
    /// </summary>
    public const int DialogVersion = 1;

    /// <summary>Registers the bot, its state storage, the forms and the dialog runner.</summary>
    public static IServiceCollection AddProgramBot(this IServiceCollection services)
    {
        services.AddSingleton<IStorage, DatabaseStorage>();

        // Keyed {channel}/conversations/{conversation}/users/{user}: two people in one channel never share a form.
        services.AddSingleton<PrivateConversationState>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<ChatRouter>();
        services.AddSingleton<TurnGate>();
        services.AddSingleton<StorageFaultMiddleware>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<ApprovalCardTracker>();
        services.AddSingleton<ApprovalCopies>();
        services.AddSingleton<TaskFormDialog>();
        services.AddSingleton<RiskFormDialog>();
        services.AddSingleton<ProgressFormDialog>();
        services.AddSingleton<ApprovalFormDialog>();
        services.AddSingleton<AbandonDialog>();
        services.AddSingleton(provider => new DialogSet()
            .Add(provider.GetRequiredService<TaskFormDialog>())
            .Add(provider.GetRequiredService<RiskFormDialog>())
            .Add(provider.GetRequiredService<ProgressFormDialog>())
            .Add(provider.GetRequiredService<ApprovalFormDialog>())
            .Add(provider.GetRequiredService<AbandonDialog>()));
        services.AddSingleton(provider => new DialogRunner(
            provider.GetRequiredService<PrivateConversationState>(),
            provider.GetRequiredService<DialogSet>(),
            provider.GetRequiredService<TimeProvider>(),
            new DialogRunnerOptions { Version = DialogVersion, IsConflict = static e => e is StateConflictException }));
        services.AddOutboundOptions();
        services.AddSingleton<ReplyBudget>();
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SendPacer>();
        services.AddSingleton<TeamsProactiveMessenger>();
        services.AddSingleton<SlackProactiveMessenger>();
        services.AddSingleton<IProactiveMessenger, ChannelProactiveMessenger>();
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton<SlackActivityFactory>();
        services.AddSingleton<SlackAdapter>();
        services.AddSingleton<ISlackInboundProcessor, SlackInboundProcessor>();
        services.AddSingleton<SlackInboxRunner>();
        services.AddSingleton<IBot, ProgramBotHandler>();
        return services;
    }
}
