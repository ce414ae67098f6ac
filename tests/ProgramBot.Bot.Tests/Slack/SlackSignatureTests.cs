using System.Text;
using ProgramBot.Bot.Channels.Slack;

namespace ProgramBot.Bot.Tests.Slack;

public sealed class SlackSignatureTests
{
    // Slack's worked example from "Verifying requests from Slack" (api.slack.com/authentication/verifying-requests-from-slack):
    // the signing secret, timestamp, slash-command body and signature it shows.
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly DateTimeOffset DocTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private static byte[] Body => Encoding.UTF8.GetBytes(DocBody);

    [Fact]
    public void Compute_ReproducesSlacksDocumentedSignature()
    {
        Assert.Equal(DocSignature, SlackSignature.Compute(DocSecret, DocTimestamp, Body));
    }

    [Fact]
    public void Check_Accepts_SlacksDocumentedExample()
    {
        Assert.Null(SlackSignature.Check(DocSecret, DocTimestamp, DocSignature, Body, DocTime.AddSeconds(30), Skew));
    }

    [Fact]
    public void Check_Refuses_WhenTheBodyIsTampered()
    {
        var tampered = Encoding.UTF8.GetBytes(DocBody.Replace("text=", "text=task%20done%20WEB-1", StringComparison.Ordinal));

        Assert.Equal("signature mismatch", SlackSignature.Check(DocSecret, DocTimestamp, DocSignature, tampered, DocTime, Skew));
    }

    [Fact]
    public void Check_Refuses_WhenTheSecretIsAnother()
    {
        Assert.Equal("signature mismatch", SlackSignature.Check("another-secret", DocTimestamp, DocSignature, Body, DocTime, Skew));
    }

    [Fact]
    public void Check_Refuses_WhenTheTimestampWasChangedAfterSigning()
    {
        Assert.Equal("signature mismatch", SlackSignature.Check(DocSecret, "1531420619", DocSignature, Body, DocTime, Skew));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(86_400)]
    public void Check_RefusesAStaleTimestamp_EvenWithAValidSignature(int secondsLater)
    {
        Assert.Equal("stale timestamp", SlackSignature.Check(DocSecret, DocTimestamp, DocSignature, Body, DocTime.AddSeconds(secondsLater), Skew));
    }

    [Fact]
    public void Check_RefusesATimestampFromTheFuture()
    {
        Assert.Equal("timestamp in the future", SlackSignature.Check(DocSecret, DocTimestamp, DocSignature, Body, DocTime.AddSeconds(-301), Skew));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void Check_Accepts_AtTheEdgeOfTheWindow(int seconds)
    {
        Assert.Null(SlackSignature.Check(DocSecret, DocTimestamp, DocSignature, Body, DocTime.AddSeconds(seconds), Skew));
    }

    [Theory]
    [InlineData(null, DocSignature)]
    [InlineData("", DocSignature)]
    [InlineData(DocTimestamp, null)]
    [InlineData(DocTimestamp, "")]
    public void Check_Refuses_WhenAHeaderIsMissing(string? timestamp, string? signature)
    {
        Assert.Equal("missing signature or timestamp header", SlackSignature.Check(DocSecret, timestamp, signature, Body, DocTime, Skew));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void Check_Refuses_AnUnreadableTimestamp(string timestamp)
    {
        Assert.Equal("unreadable timestamp", SlackSignature.Check(DocSecret, timestamp, DocSignature, Body, DocTime, Skew));
    }

    [Theory]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57")]
    public void Check_Refuses_ASignatureThatIsNotExactlySlacks(string signature)
    {
        Assert.Equal("signature mismatch", SlackSignature.Check(DocSecret, DocTimestamp, signature, Body, DocTime, Skew));
    }
}
