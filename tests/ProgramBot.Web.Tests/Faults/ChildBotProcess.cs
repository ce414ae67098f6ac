using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ProgramBot.Web.Tests.Faults;

/// <summary>
/// The real ProgramBot.Web host in a child process (<c>dotnet ProgramBot.Web.dll</c>, built beside the
/// tests) on a loopback port it picks itself, over a given database; read until it says where it
/// listens, and killed with SIGKILL — no shutdown, no flush — when a test says so.
/// </summary>
public sealed class ChildBotProcess : IDisposable
{
    private const string ListeningPrefix = "Now listening on: ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Queue<string> _recentOutput = new();

    private ChildBotProcess(Process process) => _process = process;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<ChildBotProcess> StartAsync(string databasePath, params string[] settings)
    {
        var info = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "ProgramBot.Web.dll"),
            "--Urls=http://127.0.0.1:0",
            $"--ConnectionStrings:ProgramBot=Data Source={databasePath}",
            "--MicrosoftAppId=",
            "--MicrosoftAppPassword=",
            "--Reminders:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            .. settings,
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var child = new ChildBotProcess(Process.Start(info)!);
        try
        {
            child._process.ErrorDataReceived += (_, e) => child.Remember(e.Data);
            child._process.BeginErrorReadLine();
            child.Client = new HttpClient { BaseAddress = await child.ReadAddressAsync(), Timeout = TimeSpan.FromSeconds(30) };
            return child;
        }
        catch
        {
            child.Dispose();
            throw;
        }
    }

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the reply texts joined by blank lines.</summary>
    public async Task<string> AskAsync(JsonObject activity) => string.Join("\n\n", await BotReplies.AskAsync(Client, activity));

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Client?.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        _process.Dispose();
    }

    private async Task<Uri> ReadAddressAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            Remember(line);
            var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                // Keep reading so a chatty child never blocks on a full pipe.
                _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return new Uri(line[(at + ListeningPrefix.Length)..].Trim());
            }
        }

        string output;
        lock (_recentOutput)
        {
            output = string.Join('\n', _recentOutput);
        }

        throw new InvalidOperationException($"The bot exited before it was listening:\n{output}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            if (_recentOutput.Count > 40)
            {
                _recentOutput.Dequeue();
            }
        }
    }
}
