using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CarePlanGraph.Api.Tests.Events;

/// <summary>
/// A private <c>redis-server</c> the test starts on a free loopback port and stops itself (and only it). The server
/// binary is <c>CAREPLAN_TEST_REDIS_SERVER</c> (a path); without it the Redis tests are skipped.
/// </summary>
internal sealed class RedisTestServer : IDisposable
{
    public const string Variable = "CAREPLAN_TEST_REDIS_SERVER";

    private Process? _process;

    public RedisTestServer()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Start();
    }

    public static string? Binary => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts the server (again, after <see cref="Stop"/>) and waits until it accepts connections.</summary>
    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo(Binary!, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --daemonize no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>Stops the server this test started.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();
}

/// <summary>A test that needs a real redis-server: skipped, saying why, when <c>CAREPLAN_TEST_REDIS_SERVER</c> is not set.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisTestServer.Binary is null)
        {
            Skip = $"Needs a real Redis: set {RedisTestServer.Variable} to the path of redis-server (e.g. /usr/bin/redis-server).";
        }
    }
}
