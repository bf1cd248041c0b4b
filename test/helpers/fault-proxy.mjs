// A fault-injecting HTTP proxy for tests, on loopback only. Between a client and a server it drops requests,
// loses responses after the server has answered (so after it committed), duplicates requests (the copy is sent
// later, so it arrives after newer ones), holds requests back so later ones overtake them, delays, answers
// 500 itself, and can restart the server while a request is inside it. Decisions come from a seeded generator,
// so a failing run can be repeated with the same seed.
import { createServer } from 'node:http';

/** A small seeded generator (mulberry32): the same seed gives the same faults. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** CORS for a page on another loopback port (the browser tests): any origin, the headers sync sends. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST',
  'access-control-expose-headers': 'retry-after',
};

/**
 * Starts the proxy. Shares are probabilities from 0 to 1, decided per request (`setFaults` changes them).
 * `restart` (async, returns the server's new base URL) runs every `restartEvery` forwarded requests, while
 * that request is inside the server. With `cors`, preflights are answered at once (no faults) and every
 * answer allows any origin.
 */
export async function startFaultProxy({
  target,
  seed = 1,
  drop = 0,
  loseResponse = 0,
  duplicate = 0,
  reorder = 0,
  serverError = 0,
  delayMs = [0, 0],
  restartEvery = 0,
  restart,
  cors = false,
}) {
  const random = seededRandom(seed);
  const faults = { drop, loseResponse, duplicate, reorder, serverError, delayMs, restartEvery };
  const stats = { requests: 0, dropped: 0, lost: 0, duplicated: 0, reordered: 0, errors: 0, restarts: 0, forwarded: 0 };
  let base = target;
  let restarting;
  const late = new Set();

  const forward = async (req, body) => {
    // A request that arrives during a restart waits for the server, as a load balancer's queue would.
    if (restarting) await restarting;
    stats.forwarded += 1;
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    delete headers.connection;
    const sending = fetch(`${base}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    if (faults.restartEvery && restart && stats.forwarded % faults.restartEvery === 0) {
      stats.restarts += 1;
      restarting = (async () => {
        await sleep(random() * 20);
        base = await restart();
      })().finally(() => (restarting = undefined));
    }
    const response = await sending;
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };

  const server = createServer((req, res) => {
    if (cors && req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'access-control-max-age': '600' }).end();
      return;
    }
    const { drop, loseResponse, duplicate, reorder, serverError, delayMs } = faults;
    void (async () => {
      stats.requests += 1;
      const body = await readBody(req);
      const [low, high] = delayMs;
      await sleep(low + random() * (high - low));
      if (random() < reorder) {
        stats.reordered += 1;
        await sleep(50 + random() * 150);
      }
      if (random() < drop) {
        stats.dropped += 1;
        req.socket.destroy();
        return;
      }
      if (random() < serverError) {
        stats.errors += 1;
        res
          .writeHead(500, { 'content-type': 'text/html', ...(cors ? CORS : {}) })
          .end('<h1>500 Internal Server Error</h1>');
        return;
      }
      if (random() < duplicate) {
        stats.duplicated += 1;
        const copy = sleep(100 + random() * 400)
          .then(() => forward(req, body))
          .catch(() => {});
        late.add(copy);
        void copy.finally(() => late.delete(copy));
      }
      let answer;
      try {
        answer = await forward(req, body);
      } catch {
        res.writeHead(502, { 'content-type': 'text/plain', ...(cors ? CORS : {}) }).end('bad gateway');
        return;
      }
      if (random() < loseResponse) {
        stats.lost += 1;
        req.socket.destroy();
        return;
      }
      const headers = cors ? { ...CORS } : {};
      answer.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') headers[name] = value;
      });
      res.writeHead(answer.status, headers).end(answer.body);
    })().catch(() => req.socket.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stats,
    /** Changes the shares from now on (e.g. no faults while a test checks the end state). */
    setFaults(next) {
      Object.assign(faults, next);
    },
    /** Waits for the late duplicates still on their way, and any restart under way. */
    async settle() {
      while (late.size || restarting) await Promise.all([...late, restarting]);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
