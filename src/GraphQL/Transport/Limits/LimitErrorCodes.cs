namespace Headless.GraphQL.Transport.Limits;

/// <summary>The <c>extensions.code</c> of each refusal by a request limit or the introspection policy.</summary>
public static class LimitErrorCodes
{
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string InvalidSlicingArguments = "INVALID_SLICING_ARGUMENTS";
    public const string MaxDocumentLengthExceeded = "MAX_DOCUMENT_LENGTH_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxParserDepthExceeded = "MAX_PARSER_DEPTH_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
