'use strict';
/**
 * Network tripwire for every Node process of the test run (loaded with `node --require`, via
 * NODE_OPTIONS, so child processes inherit it; vitest also loads it in its workers). Any
 * attempt to open a non-loopback TCP/TLS/UDP connection or to resolve a name other than
 * localhost throws at once — before a packet leaves — and is appended to the file named by
 * ALCOVE_TRIPWIRE_REPORT, which the run's teardown checks: even an attempt whose error was
 * swallowed fails the run.
 */
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');

if (!globalThis.__alcoveTripwireInstalled) {
  globalThis.__alcoveTripwireInstalled = true;

  const isLoopbackHost = (host) => {
    if (host === undefined || host === null || host === '') return true; // Node defaults to localhost
    const h = String(host)
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    return (
      h === 'localhost' ||
      h.endsWith('.localhost') ||
      h === '::1' ||
      h === '0:0:0:0:0:0:0:1' ||
      /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
      /^::ffff:127\./.test(h)
    );
  };

  const trip = (what) => {
    const line = `network tripwire: attempted ${what} (pid ${process.pid})`;
    const report = process.env.ALCOVE_TRIPWIRE_REPORT;
    if (report) {
      try {
        fs.appendFileSync(report, `${line}\n`);
      } catch {
        // The throw below still stops the attempt.
      }
    }
    const error = new Error(line);
    error.code = 'ENETWORKTRIPWIRE';
    throw error;
  };

  // TCP and TLS (and so http, https, fetch/undici, WebSocket): every client socket goes through here.
  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    let host;
    let port;
    let path;
    if (first !== null && typeof first === 'object') {
      ({ host, port, path } = first);
    } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
      port = first;
      host = typeof args[1] === 'string' ? args[1] : undefined;
    } else if (typeof first === 'string') {
      path = first;
    }
    if (path === undefined && !isLoopbackHost(host)) trip(`connection to ${host}:${port}`);
    return originalConnect.apply(this, args);
  };

  // Name resolution.
  const guardLookup = (name) => {
    if (!isLoopbackHost(name)) trip(`DNS lookup of ${name}`);
  };
  for (const method of [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveAny',
    'resolveCname',
    'resolveMx',
    'resolveNs',
    'resolveTxt',
    'resolveSrv',
    'resolvePtr',
    'resolveNaptr',
    'resolveSoa',
    'reverse',
  ]) {
    for (const target of [dns, dns.Resolver.prototype]) {
      const original = target[method];
      if (typeof original !== 'function') continue;
      target[method] = function guarded(name, ...rest) {
        guardLookup(name);
        return original.call(this, name, ...rest);
      };
    }
    for (const target of [dns.promises, dns.promises.Resolver.prototype]) {
      const original = target[method];
      if (typeof original !== 'function') continue;
      target[method] = function guarded(name, ...rest) {
        try {
          guardLookup(name);
        } catch (error) {
          return Promise.reject(error);
        }
        return original.call(this, name, ...rest);
      };
    }
  }

  // UDP.
  const originalSend = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function send(msg, ...rest) {
    const address = rest.find((a) => typeof a === 'string');
    if (address !== undefined && !isLoopbackHost(address)) trip(`UDP datagram to ${address}`);
    return originalSend.call(this, msg, ...rest);
  };
  const originalUdpConnect = dgram.Socket.prototype.connect;
  dgram.Socket.prototype.connect = function connect(port, address, ...rest) {
    if (typeof address === 'string' && !isLoopbackHost(address)) trip(`UDP connection to ${address}:${port}`);
    return originalUdpConnect.call(this, port, address, ...rest);
  };
}
