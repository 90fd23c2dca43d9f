namespace Headless.GraphQL.Transport.Limits;

/// <summary>Who may introspect the schema outside the Development environment.</summary>
public enum IntrospectionAccess
{
    /// <summary>Nobody: the schema stays private (the default for production).</summary>
    Off,

    /// <summary>Signed-in users, narrowed by <see cref="IntrospectionPolicy.Roles"/> or <see cref="IntrospectionPolicy.AllowUser"/>.</summary>
    Authenticated,

    /// <summary>Everyone, as in Development (a public API).</summary>
    On,
}
