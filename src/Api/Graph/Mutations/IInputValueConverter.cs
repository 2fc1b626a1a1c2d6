namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// Turns a parsed input value into a CLR type the binder does not know (a typed ID, say). Registered by the
/// application, so this machinery never names its types.
/// </summary>
public interface IInputValueConverter
{
    bool CanConvert(Type type);

    /// <summary>The value for <paramref name="type"/>; throw an <c>ExecutionError</c> naming <paramref name="path"/> when it is malformed.</summary>
    object? Convert(object value, Type type, string path);
}
