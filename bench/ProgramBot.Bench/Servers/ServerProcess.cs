using System.Diagnostics;

namespace ProgramBot.Bench.Servers;

/// <summary>
/// A child server process (this executable in <c>serve</c> mode): started, read until it prints
/// its address, measured through /proc, and killed with its whole tree on dispose.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Queue<string> _recentErrors = new();

    private ServerProcess(Process process, Stopwatch sinceStart)
    {
        _process = process;
        SinceStart = sinceStart;
    }

    public int Id => _process.Id;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Started just before the process was: the start-up benchmark reads it.</summary>
    public Stopwatch SinceStart { get; }

    public static async Task<ServerProcess> StartAsync(IReadOnlyList<string> serveArgs, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(info.FileName) == "dotnet")
        {
            // Started as `dotnet ProgramBot.Bench.dll`: start the children the same way.
            info.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        info.ArgumentList.Add("serve");
        foreach (var arg in serveArgs)
        {
            info.ArgumentList.Add(arg);
        }

        var sinceStart = Stopwatch.StartNew();
        var server = new ServerProcess(Process.Start(info)!, sinceStart);
        try
        {
            server.DrainStandardError();
            await server.ReadAddressAsync(cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to stop.
        }

        _process.Dispose();
    }

    private async Task ReadAddressAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ServeRunner.ListeningPrefix, StringComparison.Ordinal))
            {
                BaseAddress = new Uri(line[ServeRunner.ListeningPrefix.Length..].Trim());
                // Keep reading stdout so a chatty server never blocks on a full pipe.
                _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return;
            }
        }

        string errors;
        lock (_recentErrors)
        {
            errors = string.Join('\n', _recentErrors);
        }

        throw new InvalidOperationException($"The server exited before it was listening:\n{errors}");
    }

    private void DrainStandardError()
    {
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_recentErrors)
            {
                _recentErrors.Enqueue(e.Data);
                if (_recentErrors.Count > 20)
                {
                    _recentErrors.Dequeue();
                }
            }
        };
        _process.BeginErrorReadLine();
    }
}
