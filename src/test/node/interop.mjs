// Drives the official MCP TypeScript SDK client (Client + StreamableHTTPClientTransport) against a
// deployed mcp-streams server. Run by TypeScriptClientIT, one scenario per run:
//
//   node interop.mjs <scenario> <server root, e.g. http://127.0.0.1:8080/tsclient/>
//
// Prints what happened, then "PASS <scenario>" and exits 0, or "FAIL <scenario>: <why>" and exits 1.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
    CreateMessageRequestSchema,
    LATEST_PROTOCOL_VERSION,
    LoggingMessageNotificationSchema
} from '@modelcontextprotocol/sdk/types.js';

import {
    check, checkEqual, checkSame, exchanges, log, MCP, notify, range, recordingFetch, run, settles, sleep, waitFor
} from './support.mjs';

const PROTOCOL = '2025-11-25';
const RECONNECT = { initialReconnectionDelay: 150, maxReconnectionDelay: 1000, reconnectionDelayGrowFactor: 1.5, maxRetries: 5 };

/** Errors the transport reported through Client.onerror. */
const transportErrors = [];

async function connect({ capabilities = {}, fetch: fetchFn = recordingFetch() } = {}) {
    const transport = new StreamableHTTPClientTransport(MCP, { fetch: fetchFn, reconnectionOptions: RECONNECT });
    const client = new Client({ name: 'mcp-streams-ts-interop', version: '1.0.0' }, { capabilities });
    client.onerror = error => {
        if (closing) {
            return; // closing aborts the open streams: the SDK reports each as an error
        }
        transportErrors.push(String(error?.message ?? error));
        log(`transport error: ${error?.message ?? error}`);
    };
    let closing = false;
    const close = client.close.bind(client);
    client.close = () => {
        closing = true;
        return close();
    };
    await client.connect(transport);
    log(`connected: session ${transport.sessionId}, protocol ${transport.protocolVersion}`);
    return { client, transport };
}

/** Collects the data of every notifications/message the client receives. */
function collectLogMessages(client) {
    const received = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, notification => {
        received.push(notification.params.data);
    });
    return received;
}


/**
 * GET streams whose connection is cut, the n-th right after its `cutAfter[n]`-th message event
 * (later GETs are not cut): the SDK resumes each with Last-Event-ID. `wrapGet` is the recording
 * fetch's; `gets` records each GET's exchange, stream ids and last event id; `cuts` each cut.
 */
function cuttingGets(cutAfter) {
    const gets = [];
    const cuts = [];
    const wrapGet = (response, exchange) => {
        const get = { exchange, streamIds: new Set(), lastId: undefined };
        gets.push(get);
        const limit = cutAfter[gets.length - 1];
        if (!response.ok || !response.body) {
            return response;
        }
        return new Response(cutAfterEvents(response.body, limit, get), {
            status: response.status, statusText: response.statusText, headers: response.headers
        });
    };
    const cutAfterEvents = (body, limit, get) => {
        const reader = body.getReader();
        const decoder = new TextDecoder();
        const encoder = new TextEncoder();
        let pending = '';
        let messages = 0;
        let cut = false;
        return new ReadableStream({
            async pull(controller) {
                if (cut) {
                    return;
                }
                const { value, done } = await reader.read();
                if (done) {
                    controller.close();
                    return;
                }
                pending += decoder.decode(value, { stream: true });
                let end;
                while (!cut && (end = pending.indexOf('\n\n')) >= 0) {
                    const block = pending.slice(0, end + 2);
                    pending = pending.slice(end + 2);
                    controller.enqueue(encoder.encode(block));
                    const id = /^id: ?(.*)$/m.exec(block)?.[1];
                    if (id !== undefined) {
                        get.lastId = id;
                        get.streamIds.add(id.split(':')[0]);
                    }
                    if (/^data: ?\S/m.test(block) && ++messages === limit) {
                        cut = true;
                        const at = get.lastId;
                        // let the SDK take the last event, then drop the connection under it
                        setTimeout(() => {
                            cuts.push({ at, time: Date.now() });
                            log(`cut GET #${gets.indexOf(get) + 1} after event ${at}`);
                            controller.error(new Error(`connection cut by the test after event ${at}`));
                            reader.cancel().catch(() => {});
                        }, 30);
                    }
                }
            },
            cancel(reason) {
                return reader.cancel(reason);
            }
        });
    };
    /** Whether the GET after the last cut was answered. */
    const resumedAfterLastCut = () => gets.length > cutAfter.length && gets[cutAfter.length].exchange.answeredAt;
    return { wrapGet, gets, cuts, resumedAfterLastCut };
}

/**
 * Sends notifications "event 1" and on to a session, one each 25 ms: at least `total`, and on
 * until the last cut GET stream was resumed, so that some are sent while the client is away.
 * Answers the time each was sent.
 */
async function notifyAcrossCuts(session, total, resumedAfterLastCut) {
    const sent = [];
    let n = 0;
    while (n < total || (!resumedAfterLastCut() && n < 10 * total)) {
        n++;
        await notify(session, n, 1);
        sent.push({ n, time: Date.now() });
        await sleep(25);
    }
    return sent;
}

/**
 * Checks what a client whose GET streams `cuttingGets` cut received: every notification sent,
 * once, in order; one resume per cut, from the event cut after, with notifications sent while
 * it was away; one stream throughout.
 */
async function checkResumedAcrossCuts({ gets, cuts, cutCount, received, sent }) {
    const last = sent.length;
    await settles(() => received.length >= last, 10000);
    await sleep(300); // anything repeated would arrive now
    checkEqual(received, range(1, last), 'notifications received, across the cuts');
    checkEqual(cuts.length, cutCount, 'connections cut');
    check(gets.length === cutCount + 1, `the SDK made ${gets.length} GETs, expected ${cutCount + 1}`);
    checkEqual(gets[0].exchange.lastEventId, null, 'Last-Event-ID of the first GET');
    for (let i = 0; i < cuts.length; i++) {
        const resumed = gets[i + 1].exchange;
        checkEqual(resumed.lastEventId, cuts[i].at, `Last-Event-ID of GET #${i + 2}`);
        checkEqual(resumed.status, 200, `status of GET #${i + 2}`);
        const away = sent.filter(s => s.time > cuts[i].time && s.time < resumed.answeredAt).map(s => s.n);
        log(`while away after cut ${i + 1} (${resumed.answeredAt - cuts[i].time} ms): sent events ${away.join(', ')}`);
        check(away.length > 0, `no notification was sent while the client was away after cut ${i + 1}`);
    }
    const streams = new Set(gets.flatMap(g => [...g.streamIds]));
    checkEqual(streams.size, 1, 'streams seen (every resume continues the same stream)');
}

const scenarios = {
    /** client.connect: initialize, negotiated version, session id, then notifications/initialized and the GET stream. */
    async initialize() {
        check(LATEST_PROTOCOL_VERSION === PROTOCOL, `the SDK's latest protocol is ${LATEST_PROTOCOL_VERSION}, not ${PROTOCOL}`);
        const { client, transport } = await connect();
        checkEqual(transport.protocolVersion, PROTOCOL, 'negotiated protocol version');
        check(/^[A-Za-z0-9_-]{32}$/.test(transport.sessionId ?? ''), `session id ${transport.sessionId}`);
        checkEqual(client.getServerVersion(), { name: 'mcp-streams', version: '0.1.0' }, 'server info');
        checkSame(client.getServerCapabilities(), {
            tools: { listChanged: true }, resources: { listChanged: true, subscribe: true },
            prompts: { listChanged: true }, logging: {}, completions: {},
        }, 'server capabilities');
        await client.ping();
        const tools = await client.listTools();
        const names = tools.tools.map(t => t.name);
        check(['count', 'sample', 'wait', 'fail'].every(name => names.includes(name)), `tools/list: ${names}`);
        await waitFor(() => exchanges.some(e => e.method === 'GET' && e.status !== undefined), 'the GET stream');
        const get = exchanges.find(e => e.method === 'GET');
        checkEqual(get.status, 200, 'status of the GET stream');
        const afterInitialize = exchanges.slice(1);
        check(afterInitialize.every(e => e.session === transport.sessionId && e.version === PROTOCOL),
            'every request after initialize carries the session id and MCP-Protocol-Version 2025-11-25');
        checkEqual(transportErrors, [], 'transport errors');
        await client.close();
    },

    /** tools/call "count" streams 3 progress notifications and a log message, then its result. */
    async progress() {
        const { client } = await connect();
        const logs = collectLogMessages(client);
        const progress = [];
        let logsAtResult;
        const result = await client.callTool({ name: 'count', arguments: { steps: 3 } }, undefined, {
            onprogress: p => progress.push(p)
        }).then(r => {
            logsAtResult = [...logs];
            return r;
        });
        log(`progress: ${JSON.stringify(progress)}`);
        checkEqual(progress, [1, 2, 3].map(n => ({ progress: n, total: 3, message: `step ${n}` })), 'progress notifications');
        checkEqual(result.content, [{ type: 'text', text: 'counted to 3' }], 'tools/call result');
        checkEqual(logsAtResult, ['counted to 3'], 'log messages received on the call stream before its result');
        const calls = exchanges.filter(e => e.method === 'POST' && e.type?.startsWith('text/event-stream'));
        checkEqual(calls.map(e => e.status), [200], 'tools/call POSTs answered with an SSE stream');
        await waitFor(() => calls[0].ended, 'the server to end the call stream after its response', 2000);
        checkEqual(transportErrors, [], 'transport errors');
        await client.close();
    },

    /** Notifications on the session's GET stream, sent before and after the stream opens, arrive in order. */
    async notifications() {
        const { client, transport } = await connect();
        const received = collectLogMessages(client);
        // the SDK opens its GET stream after notifications/initialized, without waiting: these may
        // be sent before the stream exists (the server holds them for it)
        await notify(transport.sessionId, 1, 5);
        await waitFor(() => exchanges.some(e => e.method === 'GET' && e.status !== undefined), 'the GET stream');
        await notify(transport.sessionId, 6, 5);
        // on a timeout, the comparison below shows what did arrive
        await settles(() => received.length >= 10, 10000);
        await sleep(100);
        checkEqual(received, range(1, 10), 'notifications received');
        checkEqual(exchanges.filter(e => e.method === 'GET').map(e => e.status), [200], 'GET streams opened');
        checkEqual(transportErrors, [], 'transport errors');
        await client.close();
    },

    /**
     * The GET stream's connection is cut twice, each time right after an event, while the server
     * keeps sending notifications; the SDK reconnects on its own with Last-Event-ID, and every
     * notification arrives exactly once, in order.
     */
    async resume() {
        const total = 40;
        const cutAfter = [6, 9]; // message events passed on GET #1, GET #2; later GETs are not cut
        const { wrapGet, gets, cuts, resumedAfterLastCut } = cuttingGets(cutAfter);
        const { client, transport } = await connect({ fetch: recordingFetch(wrapGet) });
        const received = collectLogMessages(client);
        const sent = await notifyAcrossCuts(transport.sessionId, total, resumedAfterLastCut);
        await checkResumedAcrossCuts({ gets, cuts, cutCount: cutAfter.length, received, sent });
        const expectedErrors = cuts.map(c => `SSE stream disconnected: Error: connection cut by the test after event ${c.at}`);
        checkEqual(transportErrors, expectedErrors, 'transport errors');
        await client.close();
    },

    /** The server's sampling/createMessage on the call stream is answered by the client's handler. */
    async sampling() {
        const { client } = await connect({ capabilities: { sampling: {} } });
        const asked = [];
        client.setRequestHandler(CreateMessageRequestSchema, request => {
            asked.push(request.params);
            return { role: 'assistant', content: { type: 'text', text: 'hi' }, model: 'm' };
        });
        const result = await client.callTool({ name: 'sample' });
        checkEqual(asked.map(p => [p.messages, p.maxTokens]),
            [[[{ role: 'user', content: { type: 'text', text: 'hello' } }], 10]], 'sampling requests received');
        checkEqual(result.content, [{ type: 'text', text: 'sampled: hi' }], 'tools/call result');
        const calls = exchanges.filter(e => e.method === 'POST' && e.type?.startsWith('text/event-stream'));
        checkEqual(calls.map(e => e.status), [200], 'tools/call POSTs answered with an SSE stream');
        // the SDK POSTs the answer back: the server accepts it (202) and can only then send the result
        const answer = exchanges.filter(e => e.method === 'POST' && e.n > calls[0].n);
        checkEqual(answer.length, 1, 'POSTs after the tools/call (the sampling answer)');
        await waitFor(() => answer[0].status !== undefined, 'the status of the sampling answer POST', 2000);
        checkEqual(answer[0].status, 202, 'status of the sampling answer POST');
        await waitFor(() => calls[0].ended, 'the server to end the call stream after its response', 2000);
        checkEqual(transportErrors, [], 'transport errors');
        await client.close();
    },

    /**
     * A whole session through a load balancer that sends each request to the next node of a
     * cluster (ClusterIT): tools listed, a call with progress, a call whose sampling request the
     * client answers, notifications on the GET stream, whose connection is cut once and resumed,
     * every notification once and in order, then DELETE.
     */
    async cluster() {
        const cutAfter = [8];
        const { wrapGet, gets, cuts, resumedAfterLastCut } = cuttingGets(cutAfter);
        const { client, transport } = await connect({ capabilities: { sampling: {} }, fetch: recordingFetch(wrapGet) });
        const received = collectLogMessages(client);
        client.setRequestHandler(CreateMessageRequestSchema,
            () => ({ role: 'assistant', content: { type: 'text', text: 'hi' }, model: 'm' }));
        const names = (await client.listTools()).tools.map(t => t.name);
        check(['count', 'sample'].every(name => names.includes(name)), `tools/list: ${names}`);
        const progress = [];
        const counted = await client.callTool({ name: 'count', arguments: { steps: 3 } }, undefined, {
            onprogress: p => progress.push(p.progress)
        });
        checkEqual([counted.content, progress], [[{ type: 'text', text: 'counted to 3' }], [1, 2, 3]], 'count: result, progress');
        const sampled = await client.callTool({ name: 'sample' });
        checkEqual(sampled.content, [{ type: 'text', text: 'sampled: hi' }], 'sample: result');
        await waitFor(() => gets.length > 0 && gets[0].exchange.status !== undefined, 'the GET stream');
        // the call's log message ('counted to 3') came on its own stream: the GET stream has the notifications only
        received.length = 0;
        const sent = await notifyAcrossCuts(transport.sessionId, 30, resumedAfterLastCut);
        await checkResumedAcrossCuts({ gets, cuts, cutCount: cutAfter.length, received, sent });
        const expectedErrors = cuts.map(c => `SSE stream disconnected: Error: connection cut by the test after event ${c.at}`);
        checkEqual(transportErrors, expectedErrors, 'transport errors');
        await transport.terminateSession();
        checkEqual(exchanges.find(e => e.method === 'DELETE')?.status, 200, 'status of the DELETE');
        await client.close();
    },

    /** terminateSession sends DELETE; the session is gone afterwards. */
    async delete() {
        const { client, transport } = await connect();
        const session = transport.sessionId;
        await client.ping();
        await transport.terminateSession();
        await client.close();
        const del = exchanges.find(e => e.method === 'DELETE');
        check(del !== undefined, 'terminateSession sent a DELETE');
        checkEqual([del.status, del.session, del.version], [200, session, PROTOCOL], 'DELETE status, session, version');
        checkEqual(transport.sessionId, undefined, 'session id after terminateSession');
        const ping = await fetch(MCP, {
            method: 'POST',
            headers: {
                'content-type': 'application/json', accept: 'application/json, text/event-stream',
                'mcp-session-id': session, 'mcp-protocol-version': PROTOCOL
            },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' })
        });
        const body = await ping.text();
        log(`ping after DELETE: ${ping.status} ${body}`);
        checkEqual(ping.status, 404, 'status of a ping in the ended session');
        checkEqual(JSON.parse(body).error?.code, -32001, 'error code of a ping in the ended session');
    }
};

await run('interop.mjs', scenarios);
