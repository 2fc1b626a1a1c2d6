using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Micro -- --filter '*'                       every benchmark
// dotnet run -c Release --project bench/Micro -- --filter '*Agreement*' --job short  one class, a quick look
// Benchmarks run in this process: a generated out-of-process project would be built under the repository's
// analysers and warnings-as-errors, which generated code need not satisfy.
string[] arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(CarePlanGraph.Bench.Micro.AgreementBenchmarks).Assembly).Run(arguments);
