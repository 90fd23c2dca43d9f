namespace Headless.GraphQL.Language;

/// <summary>What <see cref="SyntaxWalker.Enter"/> tells the walk to do next.</summary>
public enum SyntaxWalkAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Skip the node's children; <see cref="SyntaxWalker.Leave"/> is not called for it (as graphql-js's <c>false</c>).</summary>
    SkipChildren,

    /// <summary>End the whole walk now (as graphql-js's <c>BREAK</c>).</summary>
    Stop,
}
