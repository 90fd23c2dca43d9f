// Plays scripted raw WebSocket conversations against a server, to check its reactions to protocol violations.
// stdin: {url, cases: [...]}, each case being
//   {name, protocols?: string[] (default ["graphql-transport-ws"]), send: [string | {waitFor: type}], timeoutMs?}
//   strings are sent as they are; {waitFor: "connection_ack"} waits for a message of that type before going on.
// stdout: a JSON object by case name: {closeCode, reason, messages: [received messages]}; closeCode null when the
// server kept the socket open until timeoutMs.
import WebSocket from 'ws';

const { url, cases } = JSON.parse(await new Promise((resolve) => {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', () => resolve(input));
}));

function play(testCase) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, testCase.protocols ?? ['graphql-transport-ws']);
    const messages = [];
    const waiters = [];
    let settled = false;
    const finish = (closeCode, reason) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ closeCode, reason, messages });
      if (socket.readyState === WebSocket.OPEN) socket.close(1000);
    };
    const timer = setTimeout(() => finish(null, null), testCase.timeoutMs ?? 20000);

    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      messages.push(message);
      for (const waiter of waiters.splice(0)) waiter(message);
    });
    socket.on('close', (code, reason) => finish(code, String(reason)));
    socket.on('error', (error) => finish(-1, String(error.message)));
    socket.on('open', async () => {
      for (const step of testCase.send ?? []) {
        if (typeof step === 'string') {
          socket.send(step);
        } else if (step.waitFor) {
          if (!messages.some((m) => m.type === step.waitFor)) {
            await new Promise((next) => {
              const check = (m) => (m.type === step.waitFor ? next() : waiters.push(check));
              waiters.push(check);
            });
          }
        } else if (step.sleepMs) {
          await new Promise((next) => setTimeout(next, step.sleepMs));
        }
      }
    });
  });
}

const answers = {};
await Promise.all(cases.map(async (testCase) => {
  answers[testCase.name] = await play(testCase);
}));
process.stdout.write(JSON.stringify(answers));
