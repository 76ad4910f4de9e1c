/**
 * The vault worker: the only thread that ever holds the data key, libsodium's WASM heap, the
 * open database and decrypted headers. The main thread terminates it on lock, which is the one
 * reliable way to drop the copies libsodium leaves in WASM memory.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../../shared/errors';
import { initSodium } from '../crypto/sodium';
import { VaultEngine } from './vaultEngine';
import { restoreBackup } from '../backup/restore';
import { SCALES, scoreScale } from '../../../shared/content/scales';
import { discardPreviousVault } from './vaultFiles';
import type {
  WorkerIntegrity,
  WorkerOp,
  WorkerOps,
  WorkerProgress,
  WorkerRequest,
  WorkerResponse,
} from './workerProtocol';

if (!parentPort) throw new Error('vaultWorker must run in a worker thread');
const port = parentPort;

let engine: VaultEngine | null = null;

function requireEngine(): VaultEngine {
  if (!engine) throw new AppError('VAULT_LOCKED', 'the vault is locked');
  return engine;
}

type Handler<O extends WorkerOp> = (args: WorkerOps[O]['args']) => WorkerOps[O]['result'];

const handlers: { [O in WorkerOp]: Handler<O> } = {
  create({ dataDir, passphrase, profile }) {
    const created = VaultEngine.create(dataDir, passphrase, profile);
    engine = created.engine;
    indexInBackground(engine);
    return { recoveryKey: created.recoveryKey };
  },
  unlock({ dataDir, credentials }) {
    engine = VaultEngine.unlock(dataDir, credentials);
    afterFirstScreen(engine);
    return null;
  },
  restore({ dataDir, file, credentials }) {
    const { wrap } = restoreBackup({ dataDir, file, credentials, onProgress: progress('restore') });
    // A backup protected by its own passphrase: the restored vault opens with the passphrase it had.
    if (wrap !== 'vault') return { unlocked: false };
    engine = VaultEngine.unlock(dataDir, credentials);
    discardPreviousVault(dataDir);
    afterFirstScreen(engine);
    return { unlocked: true };
  },
  'vault.writeBackup': ({ destination, passphrase, profile, task }) => ({
    bytes: requireEngine().writeBackup(destination, { passphrase }, profile, progress(task ?? 'backup')),
  }),
  'settings.get': () => requireEngine().settings.get(),
  'autoBackup.get': () => requireEngine().autoBackup.get(),
  'autoBackup.configure': (patch) => requireEngine().autoBackup.configure(patch),
  'autoBackup.record': ({ attempt }) => requireEngine().autoBackup.record(attempt),
  'settings.update': (patch) => requireEngine().settings.update(patch),
  'safety.get': () => requireEngine().safetyPlan.get(),
  'checkins.add': ({ draft, atIso }) => requireEngine().checkins.add({ ...draft, at: atIso }),
  'checkins.list': ({ limit, before, since }) => {
    const { records, damaged } = requireEngine().checkins.list(limit, before, since);
    return { checkins: records, damaged };
  },
  'checkins.delete': ({ id }) => {
    requireEngine().checkins.delete(id);
    return null;
  },
  'selfchecks.add': ({ draft, atIso }) => {
    // Scored here, from the answers: the stored score and band never come from the caller.
    const { score, band } = scoreScale(draft.scale, draft.answers);
    return requireEngine().selfChecks.add({
      at: atIso,
      scale: draft.scale,
      answers: draft.answers,
      score,
      band: band.id,
      version: SCALES[draft.scale].version,
    });
  },
  'selfchecks.list': ({ limit }) => {
    const { records, damaged } = requireEngine().selfChecks.list(limit);
    return { selfChecks: records, damaged };
  },
  'exercises.add': ({ draft }) => requireEngine().exercises.add(draft),
  'exercises.list': ({ limit, since }) => {
    const { records, damaged } = requireEngine().exercises.list(limit, undefined, since);
    return { sessions: records, damaged };
  },
  'exercises.delete': ({ id }) => {
    requireEngine().exercises.delete(id);
    return null;
  },
  'safety.save': ({ plan, nowIso }) => requireEngine().safetyPlan.save(plan, nowIso),
  'search.query': ({ query, limit, narrowing }) => requireEngine().search(query, limit, narrowing),
  'vault.changePassphrase': ({ current, next, profile }) => {
    requireEngine().changePassphrase(current, next, profile);
    return null;
  },
  'vault.verifyPassphrase': ({ passphrase }) => {
    requireEngine().verifyPassphrase(passphrase);
    return null;
  },
  'vault.regenerateRecoveryKey': ({ passphrase }) => ({
    recoveryKey: requireEngine().regenerateRecoveryKey(passphrase),
  }),
  'vault.rotateDataKey': ({ passphrase, profile }) => ({
    recoveryKey: requireEngine().rotateDataKey(passphrase, profile, progress('rotateDataKey')),
  }),
  'entries.list': ({ limit, cursor, kinds, packs, tags }) => {
    const page = requireEngine().listEntries(limit, cursor, kinds, packs, tags);
    if (cursor === undefined) firstPageServed = true;
    return page;
  },
  'entries.indexOf': ({ before, kinds, packs, tags }) =>
    requireEngine().indexOfEntries(before, kinds, packs, tags),
  'entries.get': ({ id }) => requireEngine().entries.get(id),
  // A tag deleted meanwhile is dropped; on update, absent tags keep the entry's own.
  'entries.create': ({ nowIso, tags, ...fields }) =>
    requireEngine().entries.create({ ...fields, tags: requireEngine().tags.known(tags) }, nowIso),
  'entries.update': ({ id, nowIso, tags, ...fields }) =>
    requireEngine().entries.update(
      id,
      { ...fields, tags: tags === undefined ? undefined : requireEngine().tags.known(tags) },
      nowIso,
    ),
  'tags.list': () => requireEngine().tags.list(),
  'tags.create': ({ name, colour }) => requireEngine().tags.create(name, colour),
  'tags.update': ({ id, name, colour }) => requireEngine().tags.update(id, { name, colour }),
  'tags.merge': ({ from, into }) => requireEngine().mergeTags(from, into),
  'tags.delete': ({ id }) => {
    requireEngine().deleteTag(id);
    return null;
  },
  'entries.between': ({ since, before }) => ({ entries: requireEngine().entriesBetween(since, before) }),
  'export.collect': (request) => requireEngine().collectExport(request),
  'entries.import': ({ entries }) => requireEngine().importEntries(entries),
  'exportLog.add': ({ record }) => {
    requireEngine().exportLog.add(record);
    return null;
  },
  'exportLog.list': () => ({ records: requireEngine().exportLog.list() }),
  'packs.list': () => ({ packs: requireEngine().userPacks.list() }),
  'packs.save': ({ draft, id, nowIso }) =>
    id === undefined
      ? requireEngine().userPacks.add({ ...draft, origin: 'written' }, nowIso)
      : requireEngine().userPacks.update(id, draft, nowIso),
  'packs.add': ({ pack, nowIso }) => requireEngine().userPacks.add(pack, nowIso),
  'packs.delete': ({ id }) => {
    requireEngine().userPacks.delete(id);
    return null;
  },
  'entries.feelings': ({ since, before }) => ({ moments: requireEngine().entryFeelings(since, before) }),
  'entries.delete': ({ id, nowIso }) => requireEngine().deleteEntry(id, nowIso),
  'entries.restore': ({ id }) => requireEngine().restoreEntry(id),
  'entries.purge': ({ id }) => {
    requireEngine().purgeEntry(id);
    return null;
  },
  'entries.setPinned': ({ id, pinned }) => requireEngine().setPinned(id, pinned),
  'attachments.add': ({ entryId, name, dataBase64, nowIso }) =>
    requireEngine().addAttachment(entryId, name, Buffer.from(dataBase64, 'base64'), nowIso),
  'attachments.list': ({ entryId }) => ({ attachments: requireEngine().listAttachments(entryId) }),
  'attachments.get': ({ id }) => {
    const { meta, bytes } = requireEngine().getAttachment(id);
    return {
      meta,
      dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  },
  'attachments.delete': ({ id }) => {
    requireEngine().attachments.delete(id);
    return null;
  },
  'couple.status': () => requireEngine().couple.status(),
  'couple.setup': ({ partners, profile }) => requireEngine().couple.setup(partners, profile),
  'couple.desires.submit': ({ partner, secret, answers }) =>
    requireEngine().couple.submitDesires(partner, secret, answers),
  'couple.desires.ready': ({ partner, secret, ready }) =>
    requireEngine().couple.setReady(partner, secret, ready),
  'couple.desires.reveal': ({ secrets }) => requireEngine().couple.reveal(secrets),
  'couple.desires.overlaps': ({ partner, secret }) => requireEngine().couple.overlaps(partner, secret),
  'couple.desires.leave': ({ partner, secret }) => requireEngine().couple.leaveDesires(partner, secret),
  'couple.sensate.status': () => requireEngine().sensate.status(),
  'couple.sensate.start': ({ secrets, limits, nowIso }) => {
    const sensate = requireEngine().sensate;
    const { sessionId } = sensate.start(secrets, limits, nowIso);
    return { sessionId, status: sensate.status() };
  },
  'couple.sensate.stop': ({ sessionId }) => {
    const sensate = requireEngine().sensate;
    sensate.stop(sessionId);
    return sensate.status();
  },
  'couple.sensate.rate': ({ partner, secret, sessionId, ratings, note }) => {
    const sensate = requireEngine().sensate;
    sensate.rate(partner, secret, sessionId, ratings, note);
    return sensate.status();
  },
  'couple.sensate.debrief': ({ secrets, sessionId, debrief }) => {
    const sensate = requireEngine().sensate;
    sensate.debrief(secrets, sessionId, debrief);
    return sensate.status();
  },
  'couple.sensate.ready': ({ partner, secret, ready }) => {
    const sensate = requireEngine().sensate;
    sensate.setReady(partner, secret, ready);
    return sensate.status();
  },
  'couple.sensate.setStage': ({ secrets, stage }) => {
    const sensate = requireEngine().sensate;
    sensate.setStage(secrets, stage);
    return sensate.status();
  },
  'couple.sensate.own': ({ partner, secret }) => requireEngine().sensate.own(partner, secret),
  'couple.sensate.shared': ({ partner, secret }) => requireEngine().sensate.shared(partner, secret),
  'couple.export.status': () => requireEngine().coupleExport.status(),
  'couple.export.draft': ({ partner, secret, nowIso, ...choice }) =>
    requireEngine().coupleExport.draft(partner, secret, choice, nowIso),
  'couple.export.preview': ({ partner, secret }) => requireEngine().coupleExport.preview(partner, secret),
  'couple.export.note': ({ partner, secret, note }) =>
    requireEngine().coupleExport.setNote(partner, secret, note),
  'couple.export.approve': ({ partner, secret, hash, agree }) =>
    requireEngine().coupleExport.approve(partner, secret, hash, agree),
  'couple.export.withdraw': ({ partner, secret }) => requireEngine().coupleExport.withdraw(partner, secret),
  'couple.export.forWriting': ({ partner, secret, hash, format }) =>
    requireEngine().coupleExport.forWriting(partner, secret, hash, format),
  'couple.talk.status': () => requireEngine().coupleTalk.status(),
  'couple.talk.start': ({ exercise, questionId }) => requireEngine().coupleTalk.start(exercise, questionId),
  'couple.talk.answer': ({ partner, secret, roundId, fields, consented }) =>
    requireEngine().coupleTalk.answer(partner, secret, roundId, fields, consented),
  'couple.talk.ready': ({ partner, secret, roundId, ready }) =>
    requireEngine().coupleTalk.setReady(partner, secret, roundId, ready),
  'couple.talk.reveal': ({ secrets, roundId, nowIso }) =>
    requireEngine().coupleTalk.reveal(secrets, roundId, nowIso),
  'couple.talk.read': ({ partner, secret, roundId }) =>
    requireEngine().coupleTalk.read(partner, secret, roundId),
  'couple.talk.leave': ({ partner, secret, roundId }) =>
    requireEngine().coupleTalk.leave(partner, secret, roundId),
  'couple.exchange.status': () => requireEngine().coupleExchange.status(),
  'couple.exchange.setName': ({ name }) => requireEngine().coupleExchange.setName(name),
  'couple.exchange.card': () => requireEngine().coupleExchange.card(),
  'couple.exchange.importCard': ({ file }) => requireEngine().coupleExchange.importCard(file),
  'couple.exchange.confirm': ({ codesMatch, nowMs }) =>
    requireEngine().coupleExchange.confirm(codesMatch, nowMs),
  'couple.exchange.forget': () => requireEngine().coupleExchange.forget(),
  'couple.exchange.start': ({ answers }) => requireEngine().coupleExchange.startDesires(answers),
  'couple.exchange.reply': ({ answers }) => requireEngine().coupleExchange.replyDesires(answers),
  'couple.exchange.stop': () => requireEngine().coupleExchange.stopDesires(),
  'couple.exchange.outgoing': () => requireEngine().coupleExchange.outgoing(),
  'couple.exchange.import': ({ file }) => requireEngine().coupleExchange.importFile(file),
  close() {
    engine?.close();
    engine = null;
    return null;
  },
};

/** Reports a long operation's progress to the main thread (posted while the operation runs). */
function progress(task: WorkerProgress['progress']['task']) {
  return (done: number, total: number) => {
    const message: WorkerProgress = { progress: { task, done, total } };
    port.postMessage(message);
  };
}

/**
 * After unlock the worker owes the first screen its answers before anything else: the integrity
 * check, the full timeline and the search snapshot each hold the thread for seconds at 100,000
 * entries, and a request that arrives behind them waits that long. So they start once the
 * first page of the timeline has been served and the requests around it have paused; without
 * that page (a caller that lists nothing) after a longer pause, long enough for a loaded
 * machine's renderer to mount the journal after the unlock reply.
 */
const QUIET_AFTER_FIRST_PAGE_MS = 50;
const QUIET_BEFORE_FIRST_PAGE_MS = 1000;
/** …and never later than this after unlock, however busy the requests keep it. */
const FIRST_SCREEN_AT_MOST_MS = 3000;
let firstPageServed = false;
let lastRequestAt = 0;

function afterFirstScreen(target: VaultEngine): void {
  firstPageServed = false;
  const unlockedAt = Date.now();
  lastRequestAt = unlockedAt;
  const check = () => {
    if (engine !== target) return;
    const quiet = firstPageServed ? QUIET_AFTER_FIRST_PAGE_MS : QUIET_BEFORE_FIRST_PAGE_MS;
    const wait = Math.min(lastRequestAt + quiet, unlockedAt + FIRST_SCREEN_AT_MOST_MS) - Date.now();
    if (wait > 0) setTimeout(check, Math.min(wait, QUIET_AFTER_FIRST_PAGE_MS));
    else verifyThenIndex(target);
  };
  setTimeout(check, QUIET_AFTER_FIRST_PAGE_MS);
}

/** The integrity check, then the index; each in its own turn, so requests queued meanwhile pass between. */
function verifyThenIndex(target: VaultEngine): void {
  const message: WorkerIntegrity = { integrity: target.verifyIntegrity() };
  port.postMessage(message);
  setImmediate(() => indexInBackground(target, 0));
}

/** Entries indexed per turn: small enough that requests (listing, saving) interleave promptly. */
const INDEX_BATCH = 200;
/** Let the first screen's requests in before restoring the search snapshot (a large synchronous load). */
const INDEX_START_DELAY_MS = 150;
/** While unlocked, changed indexes are snapshotted at most this often. */
const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;

/**
 * Restores or builds the search index after unlock without holding up the first screen: one
 * batch per event-loop turn, so requests queued meanwhile are answered between batches. When
 * it is complete, and then every few minutes, the indexes are snapshotted (encrypted).
 */
function indexInBackground(target: VaultEngine, delayMs = INDEX_START_DELAY_MS): void {
  const report = progress('index');
  const post = (p: { done: number; total: number }) => report(p.done, p.total);
  const turn = () => {
    if (engine !== target) return; // locked or replaced meanwhile
    const step = target.indexStep(INDEX_BATCH);
    post(step);
    if (step.done < step.total) {
      setImmediate(turn);
      return;
    }
    target.persistSnapshots();
    const timer = setInterval(() => {
      if (engine === target) target.persistSnapshots();
      else clearInterval(timer);
    }, SNAPSHOT_EVERY_MS);
  };
  setTimeout(() => {
    if (engine !== target) return;
    target.ensureTimeline(); // the first screen was served from the head snapshot
    setImmediate(() => {
      if (engine !== target) return;
      post(target.startIndexing());
      setImmediate(turn);
    });
  }, delayMs);
}

function toShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  // Never forward messages of unexpected errors: they can quote data (e.g. JSON parse errors).
  return {
    code: 'INTERNAL',
    message: `unexpected ${error instanceof Error ? error.name : 'failure'} in the vault worker`,
  };
}

const ready = initSodium();

port.on('message', (request: WorkerRequest) => {
  lastRequestAt = Date.now();
  void ready.then(() => {
    let response: WorkerResponse;
    try {
      const handler = handlers[request.op] as Handler<WorkerOp>;
      response = { id: request.id, ok: true, value: handler(request.args) };
    } catch (error) {
      response = { id: request.id, ok: false, error: toShape(error) };
    }
    port.postMessage(response);
    lastRequestAt = Date.now();
  });
});
