// What the interop scripts share (interop.mjs drives the TypeScript SDK 1.x, interop-v2.mjs the
// v2 client): the scenario and server root from the command line, checks, the recording fetch and
// the runner that prints "PASS <scenario>" or "FAIL <scenario>: <why>".

export const [scenario, root] = process.argv.slice(2);
export const MCP = new URL('mcp', root ?? 'http://127.0.0.1/');
const DEADLINE_MS = 20000;

export const log = (...parts) => console.log(`[${scenario}]`, ...parts);

export class CheckFailed extends Error {}

export function check(condition, message) {
    if (!condition) {
        throw new CheckFailed(message);
    }
}

/** JSON text with every object's keys sorted, to compare values whatever their key order. */
export function canonical(value) {
    return JSON.stringify(value, (key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
}

export function checkSame(actual, expected, what) {
    check(canonical(actual) === canonical(expected), `${what}: expected ${canonical(expected)} but was ${canonical(actual)}`);
}

export function checkEqual(actual, expected, what) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    check(a === e, `${what}: expected ${e} but was ${a}`);
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

export async function waitFor(condition, what, ms = 10000) {
    if (!await settles(condition, ms)) {
        throw new CheckFailed(`timed out after ${ms} ms waiting for ${what}`);
    }
}

/** Waits up to `ms` for `condition`; says whether it came true. */
export async function settles(condition, ms) {
    const until = Date.now() + ms;
    while (!condition()) {
        if (Date.now() > until) {
            return false;
        }
        await sleep(10);
    }
    return true;
}


/** Every HTTP exchange of the transport: method, the headers that matter, status. */
export const exchanges = [];

/**
 * The transport's fetch: records each exchange; a GET response may be handed to `wrapGet`, which
 * returns the Response the SDK sees instead.
 */
export function recordingFetch(wrapGet) {
    return async (url, init = {}) => {
        const headers = new Headers(init.headers);
        const exchange = {
            n: exchanges.length + 1,
            method: init.method ?? 'GET',
            lastEventId: headers.get('last-event-id'),
            session: headers.get('mcp-session-id'),
            version: headers.get('mcp-protocol-version'),
            mcpMethod: headers.get('mcp-method'),
            mcpName: headers.get('mcp-name'),
            headers: Object.fromEntries(headers.entries()),
            body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
            status: undefined,
            at: Date.now()
        };
        exchanges.push(exchange);
        const response = await fetch(url, init);
        exchange.status = response.status;
        exchange.answeredAt = Date.now();
        exchange.type = response.headers.get('content-type');
        log(`HTTP ${exchange.method} #${exchange.n}`
            + (exchange.lastEventId ? ` Last-Event-ID=${exchange.lastEventId}` : '')
            + ` MCP-Protocol-Version=${exchange.version}`
            + (exchange.mcpMethod ? ` Mcp-Method=${exchange.mcpMethod}` : '')
            + (exchange.mcpName ? ` Mcp-Name=${exchange.mcpName}` : '')
            + ` -> ${response.status} ${exchange.type ?? ''}`);
        if (exchange.method === 'GET' && wrapGet) {
            return wrapGet(response, exchange);
        }
        if (exchange.method === 'POST' && response.body && exchange.type?.startsWith('text/event-stream')) {
            // notes each event of a call's stream (its id, the start of its data) and when the server ends it
            const decoder = new TextDecoder();
            let pending = '';
            const ends = new TransformStream({
                transform(chunk, controller) {
                    pending += decoder.decode(chunk, { stream: true });
                    for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
                        const event = pending.slice(0, end);
                        pending = pending.slice(end + 2);
                        const id = /^id: ?(.*)$/m.exec(event)?.[1];
                        const data = /^data: ?(.*)$/m.exec(event)?.[1];
                        log(`HTTP POST #${exchange.n}: event ${id ?? '(no id)'} ${data === undefined ? '(no data)' : data.slice(0, 100)}`);
                    }
                    controller.enqueue(chunk);
                },
                flush() {
                    exchange.ended = true;
                    log(`HTTP POST #${exchange.n}: the server ended the stream`);
                }
            });
            return new Response(response.body.pipeThrough(ends),
                { status: response.status, statusText: response.statusText, headers: response.headers });
        }
        return response;
    };
}

/** Has the server send "event from" .. "event from+count-1" to a session (notifications/message). */
export async function notify(session, from, count) {
    const url = new URL(`test-support/notify?session=${encodeURIComponent(session)}&from=${from}&count=${count}`, root);
    const response = await fetch(url, { method: 'POST' });
    check(response.ok, `test-support/notify answered ${response.status}: ${await response.text()}`);
}

export const range = (from, count) => Array.from({ length: count }, (_, i) => `event ${from + i}`);

/** Runs the scenario the command line names, one of `scenarios`; `script` names the script in its usage line. */
export async function run(script, scenarios) {
    const steps = scenarios[scenario];
    if (!steps || !root) {
        console.log(`usage: node ${script} <${Object.keys(scenarios).join('|')}> <server root>`);
        process.exit(2);
    }
    const deadline = setTimeout(() => {
        for (const e of exchanges.filter(e => e.status === undefined)) {
            log(`HTTP ${e.method} #${e.n} ${e.body?.method ?? ''}: sent ${Date.now() - e.at} ms ago, not answered`);
        }
        console.log(`FAIL ${scenario}: still running after ${DEADLINE_MS} ms`);
        process.exit(1);
    }, DEADLINE_MS);
    try {
        await steps();
        console.log(`PASS ${scenario}`);
        process.exitCode = 0;
    } catch (error) {
        console.log(`FAIL ${scenario}: ${error instanceof CheckFailed ? error.message : error?.stack ?? error}`);
        process.exitCode = 1;
    } finally {
        clearTimeout(deadline);
    }
    // nothing may keep the process alive: a stray reconnection timer must not hang the test
    setTimeout(() => process.exit(), 200).unref();
}

