// Drives the official MCP TypeScript SDK v2 client (@modelcontextprotocol/client: Client +
// StreamableHTTPClientTransport) against a deployed mcp-streams server, on the stateless revision
// 2026-07-28 (versionNegotiation 'auto': server/discover, no initialize, no session) and on its
// default 2025 path. Run by TypeScriptClientIT, one scenario per run:
//
//   node interop-v2.mjs <scenario> <server root, e.g. http://127.0.0.1:8080/tsclient/>
//
// Prints what happened, then "PASS <scenario>" and exits 0, or "FAIL <scenario>: <why>" and exits 1.

import {
    Client,
    LOG_LEVEL_META_KEY,
    MissingRequiredClientCapabilityError,
    ProtocolError,
    StreamableHTTPClientTransport
} from '@modelcontextprotocol/client';
import {
    check, checkEqual, checkSame, exchanges, log, MCP, notify, range, recordingFetch, root, run, settles, sleep, waitFor
} from './support.mjs';

const MODERN = '2026-07-28';
const LEGACY = '2025-11-25';
const SERVER = { name: 'mcp-streams', version: '0.1.0' };

/** Errors the client reported through onerror, other than those of closing it. */
const clientErrors = [];

async function connect({ mode = 'auto', capabilities = {} } = {}) {
    const transport = new StreamableHTTPClientTransport(MCP, { fetch: recordingFetch() });
    const client = new Client({ name: 'mcp-streams-ts-v2-interop', version: '2.0.0' },
        { capabilities, versionNegotiation: { mode } });
    let closing = false;
    client.onerror = error => {
        if (!closing) {
            clientErrors.push(String(error?.message ?? error));
            log(`client error: ${error?.message ?? error}`);
        }
    };
    const close = client.close.bind(client);
    client.close = () => {
        closing = true;
        return close();
    };
    await client.connect(transport);
    log(`connected: era ${client.getProtocolEra()}, protocol ${client.getNegotiatedProtocolVersion()}, `
        + `session ${transport.sessionId}`);
    return { client, transport };
}

const posts = method => exchanges.filter(e => e.method === 'POST' && e.body?.method === method);

/** Runs `call`, which must fail; returns the error. */
async function failure(call, what) {
    try {
        const result = await call();
        throw new Error(`${what} succeeded: ${JSON.stringify(result)}`);
    } catch (error) {
        log(`${what}: ${error?.constructor?.name} ${error?.code} ${error?.message}`);
        return error;
    }
}

async function support(path) {
    const response = await fetch(new URL(`test-support/${path}`, root), { method: 'POST' });
    const text = await response.text();
    check(response.ok, `test-support/${path} answered ${response.status}: ${text}`);
    return text;
}

const scenarios = {
    /**
     * versionNegotiation 'auto': one server/discover probe chooses 2026-07-28; no initialize, no
     * session; tools/list and every later request carry the revision in a header and in _meta.
     */
    async discover() {
        const { client, transport } = await connect();
        checkEqual(client.getProtocolEra(), 'modern', 'protocol era');
        checkEqual(client.getNegotiatedProtocolVersion(), MODERN, 'negotiated protocol version');
        checkEqual(transport.sessionId, undefined, 'session id');
        checkEqual(client.getServerVersion(), SERVER, 'server info');
        checkSame(client.getServerCapabilities(), {
            tools: { listChanged: true }, resources: { listChanged: true, subscribe: true },
            prompts: { listChanged: true }, completions: {}
        }, 'server capabilities');
        checkEqual(client.getDiscoverResult()?.supportedVersions, ['2025-03-26', '2025-06-18', LEGACY, MODERN],
            'supported versions');
        const tools = await client.listTools();
        const names = tools.tools.map(t => t.name);
        check(['count', 'fail', 'greet', 'route', 'needs-sampling'].every(name => names.includes(name)), `tools/list: ${names}`);
        checkSame(tools.tools.find(t => t.name === 'count').inputSchema,
            { type: 'object', properties: { steps: { type: 'integer', description: 'how many steps' } } }, 'schema of count');
        checkEqual(exchanges.map(e => [e.method, e.body?.method, e.mcpMethod, e.version, e.session, e.status]), [
            ['POST', 'server/discover', 'server/discover', MODERN, null, 200],
            ['POST', 'tools/list', 'tools/list', MODERN, null, 200]
        ], 'exchanges (method, body method, Mcp-Method, MCP-Protocol-Version, Mcp-Session-Id, status)');
        const meta = posts('tools/list')[0].body.params._meta;
        checkEqual(meta['io.modelcontextprotocol/protocolVersion'], MODERN, '_meta protocol version of tools/list');
        checkEqual(clientErrors, [], 'client errors');
        await client.close();
    },

    /** tools/call "count" streams its progress, and its log message when _meta asks for one, then its result. */
    async progress() {
        const { client } = await connect();
        const logs = [];
        client.setNotificationHandler('notifications/message', n => logs.push([n.params.level, n.params.data]));
        const progress = [];
        const result = await client.callTool(
            { name: 'count', arguments: { steps: 3 }, _meta: { [LOG_LEVEL_META_KEY]: 'info' } },
            { onprogress: p => progress.push(p) });
        checkEqual(progress, [1, 2, 3].map(n => ({ progress: n, total: 3, message: `step ${n}` })), 'progress notifications');
        checkEqual(result.content, [{ type: 'text', text: 'counted to 3' }], 'tools/call result');
        checkEqual(logs, [['info', 'counted to 3']], 'log messages');
        const [call] = posts('tools/call');
        checkEqual([call.mcpMethod, call.mcpName, call.status, call.type], ['tools/call', 'count', 200, 'text/event-stream'],
            'tools/call: Mcp-Method, Mcp-Name, status, type');
        await waitFor(() => call.ended, 'the server to end the call stream after its response', 2000);
        check(exchanges.every(e => e.method === 'POST'), 'the client opened no GET stream');
        checkEqual(clientErrors, [], 'client errors');
        await client.close();
    },

    /** A tool's JSON-RPC error, an unknown tool and a capability the client lacks reach the caller as typed errors. */
    async errors() {
        const { client } = await connect();
        const failed = await failure(() => client.callTool({ name: 'fail' }), 'tools/call fail');
        check(failed instanceof ProtocolError, `fail: a ProtocolError, not ${failed?.constructor?.name}`);
        checkEqual([failed.code, failed.message], [-32602, 'no such thing'], 'fail: code, message');
        const unknown = await failure(() => client.callTool({ name: 'no-such-tool' }), 'tools/call no-such-tool');
        check(unknown instanceof ProtocolError, `unknown tool: a ProtocolError, not ${unknown?.constructor?.name}`);
        checkEqual([unknown.code, unknown.message], [-32602, 'Unknown tool: no-such-tool'], 'unknown tool: code, message');
        const refused = await failure(() => client.callTool({ name: 'needs-sampling' }), 'tools/call needs-sampling');
        check(refused instanceof MissingRequiredClientCapabilityError,
            `needs-sampling: a MissingRequiredClientCapabilityError, not ${refused?.constructor?.name}`);
        checkEqual(refused.code, -32021, 'needs-sampling: code');
        checkSame(refused.data, { requiredCapabilities: { sampling: {} } }, 'needs-sampling: data');
        checkEqual(posts('tools/call').map(e => e.status), [200, 200, 400], 'statuses of the three calls');
        checkEqual(clientErrors, [], 'client errors');
        await client.close();
    },

    /** A tool that asks the user: input_required, the client's elicitation handler, the call retried with its state. */
    async 'input-required'() {
        const { client } = await connect({ capabilities: { elicitation: {} } });
        const asked = [];
        client.setRequestHandler('elicitation/create', request => {
            asked.push(request.params);
            return { action: 'accept', content: { name: 'Ada' } };
        });
        const result = await client.callTool({ name: 'greet', arguments: {} });
        checkEqual(result.content, [{ type: 'text', text: 'Hello, Ada!' }], 'tools/call result');
        checkSame(asked, [{ message: 'Your name?', requestedSchema: { type: 'object', properties: { name: { type: 'string' } } } }],
            'elicitations asked');
        const calls = posts('tools/call');
        checkEqual(calls.length, 2, 'tools/call POSTs (the question, then the retry)');
        checkSame(calls[1].body.params.inputResponses, { user_name: { action: 'accept', content: { name: 'Ada' } } },
            'inputResponses of the retry');
        check(typeof calls[1].body.params.requestState === 'string', 'the retry echoes the requestState');
        check(calls[1].body.id !== calls[0].body.id, 'the retry has a request id of its own');
        checkEqual(clientErrors, [], 'client errors');
        await client.close();
    },

    /**
     * A tool with x-mcp-header arguments called before tools/list: the client sends no Mcp-Param-*
     * headers, the server refuses (400, -32020), the client lists the tools and calls again with
     * the headers (the non-ASCII value Base64-encoded), and the server answers.
     */
    async 'mirrored-headers'() {
        const { client } = await connect();
        const result = await client.callTool({ name: 'route', arguments: { region: 'Zürich', shard: 7 } });
        checkEqual(result.content, [{ type: 'text', text: 'Zürich/7' }], 'tools/call result');
        checkEqual(exchanges.slice(1).map(e => [e.body?.method, e.status]),
            [['tools/call', 400], ['tools/list', 200], ['tools/call', 200]], 'the client\'s POSTs after discover');
        const [cold, warm] = posts('tools/call');
        checkEqual([cold.headers['mcp-param-region'], cold.headers['mcp-param-shard']], [undefined, undefined],
            'Mcp-Param headers of the first call');
        checkEqual([warm.headers['mcp-param-region'], warm.headers['mcp-param-shard']], ['=?base64?WsO8cmljaA==?=', '7'],
            'Mcp-Param headers of the second call');
        await client.close();
    },

    /**
     * subscriptions/listen: acknowledged with the filter, then the tools list change tagged with
     * the subscription id; closing it aborts the stream and POSTs notifications/cancelled, which
     * the server accepts.
     */
    async listen() {
        const { client } = await connect();
        const changed = [];
        client.setNotificationHandler('notifications/tools/list_changed', n => changed.push(n.params));
        const subscription = await client.listen({ toolsListChanged: true });
        checkSame(subscription.honoredFilter, { toolsListChanged: true }, 'honored filter');
        const [listen] = posts('subscriptions/listen');
        checkEqual([listen.status, listen.type], [200, 'text/event-stream'], 'listen: status, type');
        await support('features/add-tool?name=tsv2-extra');
        try {
            await waitFor(() => changed.length > 0, 'notifications/tools/list_changed', 5000);
        } finally {
            await support('features/remove-tool?name=tsv2-extra');
        }
        checkSame(changed[0], { _meta: { 'io.modelcontextprotocol/subscriptionId': listen.body.id } },
            'params of the list change');
        await subscription.close();
        checkEqual(await subscription.closed, 'local', 'how the subscription ended');
        const [cancelled] = posts('notifications/cancelled');
        check(cancelled !== undefined, 'close POSTed notifications/cancelled');
        await waitFor(() => cancelled.status !== undefined, 'the answer to notifications/cancelled', 2000);
        checkEqual([cancelled.body.params.requestId, cancelled.mcpMethod, cancelled.status], [listen.body.id, null, 202],
            'notifications/cancelled: requestId, Mcp-Method, status');
        checkEqual(clientErrors, [], 'client errors');
        await client.close();
    },

    /** Aborting a call closes its response stream, which the server takes as the cancellation of the tool. */
    async cancel() {
        const { client } = await connect();
        const before = Number(await support('cancelled'));
        const abort = new AbortController();
        const call = client.callTool({ name: 'wait' }, { signal: abort.signal });
        await waitFor(() => posts('tools/call')[0]?.status !== undefined, 'the call\'s response stream');
        abort.abort('the user gave up');
        const error = await failure(() => call, 'tools/call wait');
        checkEqual(error?.message, 'the user gave up', 'the aborted call\'s error');
        // the server notices a closed stream on its next write: each clock step makes it write keep-alives
        let cancelled = before;
        for (let step = 0; step < 50 && cancelled === before; step++) {
            await support('clock?seconds=16');
            await sleep(100);
            cancelled = Number(await support('cancelled'));
        }
        checkEqual(cancelled, before + 1, 'calls of "wait" the server cancelled');
        checkEqual(posts('notifications/cancelled').length, 0, 'notifications/cancelled POSTs (closing the stream is the signal)');
        await client.close();
    },

    /**
     * The v2 client's default ('legacy'): the 2025 handshake (initialize with 2025-11-25, a session,
     * notifications/initialized, the GET stream), a call with progress, notifications on the GET
     * stream in order, DELETE at the end.
     */
    async legacy() {
        const { client, transport } = await connect({ mode: 'legacy' });
        checkEqual(client.getProtocolEra(), 'legacy', 'protocol era');
        checkEqual(client.getNegotiatedProtocolVersion(), LEGACY, 'negotiated protocol version');
        const session = transport.sessionId;
        check(/^[A-Za-z0-9_-]{32}$/.test(session ?? ''), `session id ${session}`);
        checkEqual(client.getServerVersion(), SERVER, 'server info');
        checkEqual(exchanges.slice(0, 2).map(e => e.body?.method), ['initialize', 'notifications/initialized'], 'handshake');
        const received = [];
        client.setNotificationHandler('notifications/message', n => received.push(n.params.data));
        await waitFor(() => exchanges.some(e => e.method === 'GET' && e.status !== undefined), 'the GET stream');
        await notify(session, 1, 5);
        const progress = [];
        const result = await client.callTool({ name: 'count', arguments: { steps: 2 } }, { onprogress: p => progress.push(p.progress) });
        checkEqual(result.content, [{ type: 'text', text: 'counted to 2' }], 'tools/call result');
        checkEqual(progress, [1, 2], 'progress');
        await settles(() => received.length >= 6, 5000);
        checkEqual(received.filter(d => d.startsWith('event ')), range(1, 5), 'notifications on the GET stream');
        check(exchanges.slice(1).every(e => e.session === session && e.version === LEGACY && e.mcpMethod === null),
            'every request after initialize carries the session and 2025-11-25, and no Mcp-Method');
        await transport.terminateSession();
        const del = exchanges.find(e => e.method === 'DELETE');
        checkEqual([del?.status, del?.session], [200, session], 'DELETE: status, session');
        checkEqual(clientErrors, [], 'client errors');
        await client.close();
    }
};

await run('interop-v2.mjs', scenarios);
