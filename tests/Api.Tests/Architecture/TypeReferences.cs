using System.Reflection;
using System.Reflection.Emit;

namespace CarePlanGraph.Api.Tests.Architecture;

/// <summary>
/// The types a type uses, found by reflection: those its declaration names (base type, interfaces, attributes, fields,
/// properties, events, method signatures, generic arguments and constraints) and those its method bodies name (locals,
/// catch clauses, and every type, field and method their IL refers to), so a use hidden in a body is found too.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>Every type <paramref name="type"/> uses, with where it is used.</summary>
    public static IReadOnlyList<(Type Used, string Where)> Of(Type type)
    {
        var found = new List<(Type Used, string Where)>();
        void Add(Type? used, string where)
        {
            if (used is not null)
            {
                found.AddRange(Expand(used, []).Select(each => (each, where)));
            }
        }

        Add(type.BaseType, "base type");
        foreach (var implemented in type.GetInterfaces())
        {
            Add(implemented, "interface");
        }

        foreach (var argument in type.GetGenericArguments())
        {
            Add(argument, "generic parameter");
        }

        AddAttributes(type, "attribute", Add);
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType, $"field {field.Name}");
            AddAttributes(field, $"attribute of {field.Name}", Add);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType, $"property {property.Name}");
            foreach (var index in property.GetIndexParameters())
            {
                Add(index.ParameterType, $"indexer {property.Name}");
            }

            AddAttributes(property, $"attribute of {property.Name}", Add);
        }

        foreach (var declaredEvent in type.GetEvents(Declared))
        {
            Add(declaredEvent.EventHandlerType, $"event {declaredEvent.Name}");
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddMethod(method, Add);
        }

        return found;
    }

    private static void AddMethod(MethodBase method, Action<Type?, string> add)
    {
        var where = $"method {method.Name}";
        AddSignature(method, $"signature of {where}", add);
        AddAttributes(method, $"attribute of {where}", add);
        if (method.GetMethodBody() is not { } body)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            add(local.LocalType, $"local of {where}");
        }

        foreach (var clause in body.ExceptionHandlingClauses.Where(clause => clause.Flags == ExceptionHandlingClauseOptions.Clause))
        {
            add(clause.CatchType, $"catch in {where}");
        }

        foreach (var member in MembersInIL(method, body.GetILAsByteArray() ?? []))
        {
            switch (member)
            {
                case Type used:
                    add(used, $"IL of {where}");
                    break;
                case FieldInfo field:
                    add(field.DeclaringType, $"IL of {where} ({field.Name})");
                    add(field.FieldType, $"IL of {where} ({field.Name})");
                    break;
                case MethodBase called:
                    add(called.DeclaringType, $"IL of {where} ({called.Name})");
                    AddSignature(called, $"IL of {where} ({called.Name})", add);
                    break;
            }
        }
    }

    /// <summary>Return type, parameters and generic arguments (or, for a definition, its parameters' constraints).</summary>
    private static void AddSignature(MethodBase method, string where, Action<Type?, string> add)
    {
        add((method as MethodInfo)?.ReturnType, where);
        foreach (var parameter in method.GetParameters())
        {
            add(parameter.ParameterType, where);
        }

        if (method.IsGenericMethod)
        {
            foreach (var argument in method.GetGenericArguments())
            {
                add(argument, where);
            }
        }
    }

    private static void AddAttributes(MemberInfo member, string where, Action<Type?, string> add)
    {
        foreach (var attribute in member.GetCustomAttributesData())
        {
            add(attribute.AttributeType, where);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(named => named.TypedValue)))
            {
                add(argument.Value as Type, where);
            }
        }
    }

    /// <summary>The types, fields and methods the IL names by token; the other operands are skipped by their size.</summary>
    private static IEnumerable<MemberInfo> MembersInIL(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var code = OpCodesByValue[value];
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                yield return method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!;
            }

            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
        }
    }

    /// <summary>The type and every type it is built from: element types, generic arguments, constraints of generic parameters.</summary>
    private static IEnumerable<Type> Expand(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!, seen))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            foreach (var constraint in type.GetGenericParameterConstraints().SelectMany(constraint => Expand(constraint, seen)))
            {
                yield return constraint;
            }

            yield break;
        }

        yield return type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(argument => Expand(argument, seen)))
            {
                yield return argument;
            }
        }
    }
}
