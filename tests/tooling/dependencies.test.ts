import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};
const direct = { ...pkg.dependencies, ...pkg.devDependencies };

/** Packages whose purpose is to send data or code over the network: none may enter the tree. */
const PHONES_HOME = [
  /^@sentry\//,
  /^electron-updater$/,
  /^update-electron-app$/,
  /^electron-(simple-)?updater/,
  /^@?posthog/,
  /^mixpanel/,
  /^@amplitude\//,
  /^analytics-node$/,
  /^@segment\//,
  /^electron-google-analytics/,
  /^@bugsnag\//,
  /^newrelic$/,
  /^@datadog\//,
  /^applicationinsights$/,
];

describe('dependencies', () => {
  it('are pinned to exact versions (npm here silently picks old majors for ranges)', () => {
    const ranged = Object.entries(direct).filter(([, version]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version));
    expect(ranged).toEqual([]);
  });

  it('match the committed lockfile', () => {
    const mismatched = Object.entries(direct).filter(
      ([name, version]) => lock.packages[`node_modules/${name}`]?.version !== version,
    );
    expect(mismatched).toEqual([]);
  });

  it('use the full libsodium build (the standard one has no Argon2id)', () => {
    expect(direct['libsodium-wrappers-sumo']).toBeDefined();
    expect(direct['libsodium-wrappers']).toBeUndefined();
  });

  it('contain no telemetry, crash-reporting or auto-update package, directly or deep in the tree', () => {
    const names = Object.keys(lock.packages).map((p) => p.replace(/^.*node_modules\//, ''));
    expect(names.filter((name) => PHONES_HOME.some((pattern) => pattern.test(name)))).toEqual([]);
  });
});
