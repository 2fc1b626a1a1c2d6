global using CarePlanGraph.Domain.Tests.TestData;
