namespace ProgramBot.Application.Views;

/// <summary>This conversation's digests.</summary>
public sealed record DigestListView(IReadOnlyList<DigestSubscriptionView> Items) : View;
