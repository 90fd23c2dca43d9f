using System.Text.Json;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// Reading text out of client JSON. System.Text.Json checks a document's structure when parsing it but decodes its
/// strings only when they are read, so invalid UTF-8 bytes or a lone surrogate escape (<c>"\ud800"</c>) surface
/// then, as <see cref="InvalidOperationException"/>. That is the client's mistake, so it becomes a request error.
/// </summary>
internal static class JsonText
{
    public const string Undecodable = "A JSON string in the request is not valid Unicode (invalid UTF-8, or an unpaired surrogate such as \\ud800).";

    /// <summary>
    /// Runs <paramref name="read"/> over client JSON, turning undecodable text into <see cref="RequestParameterException"/>.
    /// Reading an element of the wrong kind throws the same exception type, so <paramref name="read"/> must check
    /// kinds before reading; then undecodable text is the only cause left.
    /// </summary>
    public static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            throw new RequestParameterException(Undecodable, TransportErrorCodes.BadRequest);
        }
    }
}
