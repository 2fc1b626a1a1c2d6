using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Events;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Scale;

/// <summary>
/// The built API as a real process: <c>dotnet CarePlanGraph.Api.dll --urls http://127.0.0.1:PORT</c>, in the
/// Development environment (so the demo data and the local token issuer are on), on a PostgreSQL database and a Redis
/// server the test names. The test starts it, waits for <c>/health/ready</c>, and kills it — only the process it
/// started — when told to or on dispose. What the process writes is kept, so a failure shows why.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    /// <summary>How long a process may take to start and answer readiness on a busy CI machine.</summary>
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);

    /// <summary>Every process these tests started and have not yet killed: killed too if the test run itself ends first.</summary>
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    static ApiProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                try
                {
                    process.Kill();
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }
        };
    }

    private readonly string _name;
    private readonly ScaleEnvironment _environment;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ITestOutputHelper _output;
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;

    private ApiProcess(string name, ScaleEnvironment environment, IReadOnlyDictionary<string, string> settings, ITestOutputHelper output)
    {
        _name = name;
        _environment = environment;
        _settings = settings;
        _output = output;
        Port = FreePort();
    }

    /// <summary>The loopback port it listens on; the same after a restart, as a restarted instance would be.</summary>
    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public Uri WebSocketAddress => new($"ws://127.0.0.1:{Port}/graphql");

    /// <summary>What the process has written so far (its last lines), for failure messages.</summary>
    public string Log => string.Join(Environment.NewLine, _log.TakeLast(60));

    /// <summary>Starts an instance with extra <paramref name="settings"/> (configuration keys, e.g. <c>Events:DispatcherEnabled</c>) and waits until it is ready.</summary>
    public static async Task<ApiProcess> StartAsync(string name, ScaleEnvironment environment, ITestOutputHelper output, IReadOnlyDictionary<string, string>? settings = null)
    {
        var process = new ApiProcess(name, environment, settings ?? new Dictionary<string, string>(), output);
        try
        {
            await process.StartAsync();
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return process;
    }

    /// <summary>Starts the process (again, after <see cref="Kill"/>) with the same settings, or <paramref name="settings"/>, and waits until it is ready.</summary>
    public async Task StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        Assert.Null(_process);
        var info = new ProcessStartInfo(File.Exists(Shell) ? Shell : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ApiAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (File.Exists(Shell))
        {
            // Open files the test run inherited (a build lock held with flock, say) must not outlive it in the API
            // process: close every descriptor above stderr, then exec dotnet in the same process (same id to kill).
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd<&-\"; done; exec \"$@\"");
            info.ArgumentList.Add("api");
            info.ArgumentList.Add("dotnet");
        }

        info.ArgumentList.Add(ApiAssembly);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{Port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = Environments.Development;
        info.Environment["Database__Provider"] = "Postgres";
        info.Environment["ConnectionStrings__CarePlan"] = _environment.ConnectionString;
        info.Environment["Events__Redis"] = _environment.Redis.ConnectionString;
        info.Environment["Events__DispatchPollInterval"] = "00:00:01";
        info.Environment["LocalIssuer__KeyPath"] = _environment.KeyPath;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? _settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        Assert.True(process.Start(), $"{_name} did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Running[process.Id] = process;
        try
        {
            await WaitUntilReadyAsync();
        }
        catch
        {
            Kill();
            throw;
        }
    }

    /// <summary>A client for <paramref name="persona"/> with a token from the shared local signing key.</summary>
    public HttpClient ClientFor(string persona)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _environment.TokenFor(persona));
        return client;
    }

    /// <summary>Kills the process at once, as a crash or an OOM kill would: no graceful shutdown, nothing flushed.</summary>
    public void Kill()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(10_000);
            }

            Running.TryRemove(process.Id, out _);
            Keep($"[{_name} killed, exit code {(process.HasExited ? process.ExitCode : -1)}]");
            process.Dispose();
            _process = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _output.WriteLine($"--- {_name} (port {Port}), last lines:{Environment.NewLine}{Log}");
        return ValueTask.CompletedTask;
    }

    /// <summary>On Linux (where CI runs these tests) the API is started through bash, to close inherited descriptors.</summary>
    private const string Shell = "/bin/bash";

    /// <summary>The built API: its own build output (same configuration as the tests), else the copy next to the tests.</summary>
    private static string ApiAssembly { get; } = FindApiAssembly();

    private static string FindApiAssembly()
    {
        const string name = "CarePlanGraph.Api.dll";
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testDirectory.Parent?.Name ?? "Debug";
        var candidates = new[]
        {
            Path.Combine(RepositoryFiles.PathOf("src/Api/bin"), configuration, testDirectory.Name, name),
            Path.Combine(AppContext.BaseDirectory, name),
        };
        return candidates.FirstOrDefault(path => File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")))
            ?? throw new InvalidOperationException($"The built API was not found at {string.Join(" or ", candidates)}: build the solution first.");
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                _process.WaitForExit();
                Assert.Fail($"{_name} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    _output.WriteLine($"{_name} ready on port {Port} after {clock.ElapsedMilliseconds} ms");
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Assert.True(clock.Elapsed < StartPatience, $"{_name} was not ready after {StartPatience}:{Environment.NewLine}{Log}");
            await Task.Delay(100);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > 500)
        {
            _log.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// What the instances of one test share: a fresh PostgreSQL database (migrated, demo data loaded by the first
/// instance), a private <c>redis-server</c> the test can stop and start, and one local signing key, so a token minted
/// here is accepted by every instance.
/// </summary>
internal sealed class ScaleEnvironment : IDisposable
{
    private readonly string _database;
    private readonly LocalTokenIssuer _issuer;

    public ScaleEnvironment()
    {
        _database = PostgresTestServer.CreateMigratedDatabase();
        ConnectionString = PostgresTestServer.ConnectionStringFor(_database);
        Redis = new RedisTestServer();
        KeyPath = Path.Combine(Path.GetTempPath(), $"careplan-scale-{Guid.NewGuid():N}.key.json");
        LocalSigningKey.LoadOrCreate(KeyPath);
        _issuer = new LocalTokenIssuer(Options.Create(new LocalIssuerOptions { KeyPath = KeyPath }), new KeyDirectory());
    }

    public string ConnectionString { get; }

    public RedisTestServer Redis { get; }

    public string KeyPath { get; }

    public string TokenFor(string persona) =>
        _issuer.Issue(DemoPersonas.Find(persona) ?? throw new ArgumentException($"No demo persona '{persona}'.", nameof(persona)));

    public void Dispose()
    {
        Redis.Dispose();
        PostgresTestServer.Drop(_database);
        File.Delete(KeyPath);
    }

    /// <summary>The issuer resolves its key path against a content root; the path here is absolute, so any will do.</summary>
    private sealed class KeyDirectory : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "CarePlanGraph.Api.Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>
/// A test with real API processes: needs a PostgreSQL server (<c>CAREPLAN_TEST_POSTGRES</c>) and a redis-server binary
/// (<c>CAREPLAN_TEST_REDIS_SERVER</c>); skipped, saying which is missing, otherwise. <c>.ci/run</c> sets both.
/// </summary>
public sealed class ApiProcessFactAttribute : FactAttribute
{
    public ApiProcessFactAttribute()
    {
        if (!PostgresTestServer.IsConfigured)
        {
            Skip = PostgresTestServer.NotConfigured;
        }
        else if (RedisTestServer.Binary is null)
        {
            Skip = $"Needs a real Redis: set {RedisTestServer.Variable} to the path of redis-server (e.g. /usr/bin/redis-server).";
        }
    }
}
