using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Micro -- --filter '*'          every benchmark
// dotnet run -c Release --project bench/Micro -- --filter '*Agreement*'  one class; --job short for a quick look
BenchmarkSwitcher.FromAssembly(typeof(CarePlanGraph.Bench.Micro.AgreementBenchmarks).Assembly).Run(args);
