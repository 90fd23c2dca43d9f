// The GraphiQL page served at GET {path} for browsers. The server writes the endpoint's URL into
// <div id="graphiql" data-endpoint="..." data-default-query="...">; everything else is bundled here, so the page
// needs no CDN. The default query comes from the host (the engine knows no example for a schema it does not own);
// without one GraphiQL opens with its welcome text.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint;
const defaultQuery = container.dataset.defaultQuery;

// GraphQL over HTTP: POST JSON, asking for the specification's media type first. Error statuses (400 for a
// validation failure) still carry a GraphQL response body, which GraphiQL shows as it is.
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(options && options.headers),
    },
    body: JSON.stringify(params),
  });
  const type = response.headers.get('content-type') || '';
  if (!type.includes('json')) {
    throw new Error(`${response.status} ${response.statusText}: ${await response.text()}`);
  }
  return response.json();
}

createRoot(container).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultEditorToolsVisibility={true} />);
