using Headless.Domain.Ordering.Returns;

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ReceiveReturnLineInput</c> input.</summary>
internal sealed record ReceiveReturnLineInput(string LineId, ReturnDisposition Disposition);
