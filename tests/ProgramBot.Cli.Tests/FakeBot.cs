using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ProgramBot.Cli.Tests;

/// <summary>
/// A tiny HTTP/1.1 bot on 127.0.0.1 (port 0) that answers each POST with
/// whatever <c>answer</c> returns and records what it received.
/// </summary>
internal sealed class FakeBot : IAsyncDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<JsonObject, (int Status, string Body)> _answer;
    private readonly Task _serving;

    public FakeBot(Func<JsonObject, (int Status, string Body)> answer)
    {
        _answer = answer;
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public List<FakeBotRequest> Requests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the pending accept one of these ways.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync(cancellationToken);
            await using NetworkStream stream = client.GetStream();
            await HandleAsync(stream, cancellationToken);
        }
    }

    private async Task HandleAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headerLength;
        while ((headerLength = IndexOf(received, HeaderEnd)) < 0)
        {
            int read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        string[] headerLines = Encoding.ASCII.GetString([.. received.Take(headerLength)]).Split("\r\n");
        string contentLengthLine = headerLines.First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        int contentLength = int.Parse(contentLengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        int bodyStart = headerLength + HeaderEnd.Length;
        while (received.Count < bodyStart + contentLength)
        {
            int read = await stream.ReadAsync(buffer, cancellationToken);
            received.AddRange(buffer.AsSpan(0, read));
        }

        JsonObject activity = JsonNode.Parse(Encoding.UTF8.GetString([.. received.Skip(bodyStart).Take(contentLength)]))!.AsObject();
        string contentType = headerLines.FirstOrDefault(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        Requests.Add(new FakeBotRequest(headerLines[0], contentType, activity));

        (int status, string body) = _answer(activity);
        byte[] bodyBytes = Encoding.UTF8.GetBytes(body);
        string head = $"HTTP/1.1 {status} {(HttpStatusCode)status}\r\nContent-Type: application/json; charset=utf-8\r\n"
            + $"Content-Length: {bodyBytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.WriteAsync(bodyBytes, cancellationToken);
    }

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
