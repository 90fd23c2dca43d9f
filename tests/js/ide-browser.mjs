// Drives Debian's chromium (never a downloaded browser) through the GraphiQL page of a running server: load the
// page, put a query in the editor, press the run button, and report what the response pane shows.
// stdin: { "url": "...", "query": "...", "expect": "text the response must contain" }
// stdout: { "title", "initialQuery", "schemaLoaded", "response", "consoleErrors", "offsiteRequests" }
import { chromium } from 'playwright-core';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const result = { consoleErrors: [], offsiteRequests: [] };
try {
  const page = await browser.newPage();
  const origin = new URL(input.url).origin;
  page.on('console', (message) => message.type() === 'error' && result.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => result.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) result.offsiteRequests.push(url);
  });

  await page.goto(input.url, { waitUntil: 'load' });
  result.title = await page.title();
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20000 });
  result.initialQuery = await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());

  // The documentation button turns on once the introspection query has answered.
  result.schemaLoaded = await page
    .waitForFunction(() => !document.querySelector('[aria-label="Show Documentation Explorer"]')?.hasAttribute('disabled'), null, { timeout: 10000 })
    .then(() => true, () => false);

  await page.evaluate((query) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query), input.query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    (expected) => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes(expected),
    input.expect,
    { timeout: 20000 },
  ).catch(() => {});
  result.response = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? null);
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(result));
