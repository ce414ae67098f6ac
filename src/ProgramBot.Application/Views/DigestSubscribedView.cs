namespace ProgramBot.Application.Views;

/// <summary>A digest was just subscribed.</summary>
public sealed record DigestSubscribedView(DigestSubscriptionView Subscription) : View;
