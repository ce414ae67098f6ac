namespace ProgramBot.Application.Notices;

/// <summary>
/// A job's notices to several conversations, counted: sent and delivered now, told in any run (now or earlier), and
/// still held by another run's live claim — while any is, the job is not done.
/// </summary>
public sealed record NoticeRound(int Sent = 0, int Told = 0, int Busy = 0)
{
    public NoticeRound Add(NoticeSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        return new(
            Sent + (send is { Status: NoticeSendStatus.Sent, Delivered: true } ? 1 : 0),
            Told + (send.Delivered ? 1 : 0),
            Busy + (send.Status == NoticeSendStatus.Busy ? 1 : 0));
    }
}
