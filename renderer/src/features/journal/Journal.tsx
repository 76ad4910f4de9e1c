import {
  ChartLine,
  HeartHandshake,
  HeartPulse,
  Lock,
  PenLine,
  Search,
  ShieldCheck,
  Wind,
} from 'lucide-react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summaryOf, type Entry, type EntrySummary, type PromptRef } from '../../../../shared/domain/entry';
import type { IntegrityState } from '../../../../shared/domain/vault';
import type { WorksheetKind } from '../../../../shared/domain/worksheet';
import { Brand } from '../../components/Brand';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Preferences } from '../../components/Preferences';
import { HelpButton } from '../safety/safetyAccess';
import { call, onEvent } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { hasModifier, MODIFIER_LABEL } from '../../lib/shortcuts';
import { SecuritySettings } from '../settings/SecuritySettings';
import { ExportWizard } from '../exchange/ExportWizard';
import { CheckIn } from '../checkin/CheckIn';
import { SelfChecks } from '../selfcheck/SelfChecks';
import { Exercises } from '../exercises/Exercises';
import { ForYouToday } from '../foryou/ForYouToday';
import type { ExerciseKind } from '../../../../shared/domain/exercise';
import { Worksheets } from '../worksheets/Worksheets';
import { kindsOf, packsOf, SESSIONS, tagsOf, TimelineFilter } from './TimelineFilter';
import type { ExerciseSession } from '../../../../shared/domain/exercise';
import { WorksheetForm, type WorksheetDraft } from '../worksheets/WorksheetForm';
import { Composer, type Draft } from './Composer';
import { EntryList } from './EntryList';
import { EntryView } from './EntryView';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';
import { useCompactBar } from './useCompactBar';
import { UndoToast } from '../lifecycle/UndoToast';
import { SearchPalette } from '../timeline/SearchPalette';
import { TimelineTools, type TimelineView } from '../timeline/TimelineTools';
import { JournalCalendar } from '../timeline/JournalCalendar';

const PAGE = 50;

/** Charts pull in the chart library: loaded only when the user opens them. */
const Insights = lazy(() => import('../insights/Insights'));
/** The couple space and its desire list: loaded only when opened. */
const Couple = lazy(() => import('../couple/Couple'));

type Pane =
  | { kind: 'settings' }
  | { kind: 'export' }
  | { kind: 'checkin' }
  | { kind: 'insights' }
  | { kind: 'couple' }
  | { kind: 'selfchecks' }
  | { kind: 'exercises'; startWith?: ExerciseKind }
  | { kind: 'worksheets' }
  | { kind: 'worksheet'; worksheet: WorksheetKind }
  | { kind: 'new' }
  | { kind: 'view'; entry: Entry }
  | { kind: 'edit'; entry: Entry }
  | { kind: 'damaged'; id: string };

/**
 * The unlocked journal. All its state lives here and in its children, so when the vault locks
 * the app unmounts this component and every decrypted string goes with it.
 */
export function Journal({ integrity, onLock }: { integrity: IntegrityState; onLock: () => void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<EntrySummary[]>([]);
  /** The top bar's buttons go to icons alone when their words would not fit on one line. */
  const bar = useRef<HTMLDivElement>(null);
  const compact = useCompactBar(bar, i18n.language);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [pane, setPane] = useState<Pane>({ kind: 'new' });
  const inCouple = pane.kind === 'couple';
  const coupleOpen = useRef(inCouple);
  useEffect(() => {
    coupleOpen.current = inCouple;
  }, [inCouple]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  /** The entry just deleted, while its undo lasts (the core purges it when this ends). */
  const [undoable, setUndoable] = useState<string | null>(null);
  const [composerKey, setComposerKey] = useState(0);
  /** A prompt chosen from "For you today" becomes the new entry's title, as the prompt card does. */
  const [promptTitle, setPromptTitle] = useState('');
  /** …and the composer remembers which prompt it was, to save it with the entry. */
  const [promptRef, setPromptRef] = useState<PromptRef | undefined>(undefined);
  const [query, setQuery] = useState('');
  /** The timeline as a list or a month; the Ctrl/⌘+K search; where "Go to date" landed. */
  const [view, setView] = useState<TimelineView>('list');
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [scrollTo, setScrollTo] = useState<{ id: string; seq: number } | null>(null);
  /** Cursors already asked for since the list was last read from the top: each page is fetched once. */
  const requested = useRef(new Set<string>());
  /** Bumped when entries arrive from elsewhere (an import), to reload the list. */
  const [listVersion, setListVersion] = useState(0);
  /** The timeline's filter ('' for every entry; see TimelineFilter). */
  const [filter, setFilter] = useState('');
  const kinds = useMemo(() => kindsOf(filter), [filter]);
  const packs = useMemo(() => packsOf(filter), [filter]);
  const tags = useMemo(() => tagsOf(filter), [filter]);
  const narrowed = useMemo(
    () => ({ ...(kinds ? { kinds } : {}), ...(packs ? { packs } : {}), ...(tags ? { tags } : {}) }),
    [kinds, packs, tags],
  );
  /** Breathing and grounding sessions, shown among the entries (or alone, filtered). */
  const [sessions, setSessions] = useState<ExerciseSession[]>([]);
  const withSessions = filter === '' || filter === SESSIONS;
  /** Whether an entry belongs in the list as filtered. */
  const shown = useCallback(
    (summary: EntrySummary) =>
      (!kinds ||
        (!summary.damaged && summary.worksheet !== undefined && kinds.includes(summary.worksheet))) &&
      (!packs ||
        (!summary.damaged && summary.prompt !== undefined && packs.includes(summary.prompt.packId))) &&
      (!tags || (!summary.damaged && summary.tags.some((id) => tags.includes(id)))),
    [kinds, packs, tags],
  );

  // "Saved." fades after a moment; screen readers have announced it by then.
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const fail = useCallback((e: unknown) => setError(describeError(t, e)), [t]);
  // The timeline's filter narrows the search too (the sessions choice lists no entry: not applied).
  const searchResult = useSearch(query, fail, narrowed);

  // Reloaded when the integrity verdict arrives as a mismatch: the core then re-reads every row.
  const mismatch = integrity === 'mismatch';
  useEffect(() => {
    let live = true;
    if (filter === SESSIONS) return; // the list shows no entry then (see EntryList below)
    call('entries:list', { limit: PAGE, ...narrowed })
      .then((page) => {
        if (!live) return;
        requested.current = new Set();
        setEntries(page.entries);
        setNextCursor(page.nextCursor);
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [fail, mismatch, listVersion, narrowed, filter]);

  // Sessions are few (one per exercise done): all of them, read again when the exercises pane
  // opens or closes, since that is where they are saved and deleted (not on every other pane).
  const inExercises = pane.kind === 'exercises';
  useEffect(() => {
    if (!withSessions) return;
    let live = true;
    call('exercises:list', { limit: 10_000 })
      .then((r) => live && setSessions(r.sessions))
      .catch(fail);
    return () => {
      live = false;
    };
  }, [withSessions, listVersion, inExercises, fail]);

  const newEntry = useCallback(() => {
    setPane({ kind: 'new' });
    setPromptTitle('');
    setPromptRef(undefined);
    setComposerKey((k) => k + 1);
    setError(null);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = hasModifier(event);
      if (mod && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        onLock();
      } else if (coupleOpen.current) {
        // In the couple space, the other partner may be at the keyboard: no shortcut into the journal.
        return;
      } else if (mod && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        newEntry();
      } else if (mod && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        setPane({ kind: 'checkin' });
      } else if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLock, newEntry]);

  // The native menu's Search… (its Ctrl/⌘+K may reach the page too: opening is idempotent).
  useEffect(
    () =>
      onEvent('menu:search', () => {
        if (!coupleOpen.current) setPaletteOpen(true);
      }),
    [],
  );

  async function loadMore() {
    // Scrolling may ask again before the page has arrived.
    if (!nextCursor || requested.current.has(nextCursor)) return;
    requested.current.add(nextCursor);
    try {
      const page = await call('entries:list', {
        limit: PAGE,
        cursor: nextCursor,
        ...narrowed,
      });
      setEntries((current) => [...current, ...page.entries]);
      setNextCursor(page.nextCursor);
    } catch (e) {
      requested.current.delete(nextCursor); // to try again
      fail(e);
    }
  }

  /** Loads pages (large ones) until `count` entries are in the list; what the list then holds. */
  async function loadThrough(count: number): Promise<EntrySummary[]> {
    let all = entries;
    let cursor = nextCursor;
    while (all.length < count && cursor) {
      requested.current.add(cursor);
      const page = await call('entries:list', { limit: 500, cursor, ...narrowed });
      all = [...all, ...page.entries];
      cursor = page.nextCursor;
    }
    setEntries(all);
    setNextCursor(cursor);
    return all;
  }

  /** "Go to date": the first entry on or before that local day, newest first; false when none. */
  async function jumpTo(day: string): Promise<boolean> {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    try {
      const before = new Date(y, m - 1, d + 1).toISOString();
      const { index, total } = await call('entries:indexOf', { before, ...narrowed });
      if (index >= total) return false;
      const entry = (await loadThrough(index + 1))[index];
      if (!entry || entry.damaged) return false;
      setScrollTo({ id: entry.id, seq: Date.now() });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }

  async function select(id: string) {
    setError(null);
    const summary = entries.find((e) => e.id === id); // a search hit may not be on the loaded page
    if (summary?.damaged) {
      setPane({ kind: 'damaged', id });
      return;
    }
    try {
      setPane({ kind: 'view', entry: await call('entries:get', { id }) });
    } catch (e) {
      fail(e);
    }
  }

  /** Autosave and Save: creates the entry (id null) or updates it, and keeps the timeline in step. */
  async function persist(id: string | null, draft: Draft): Promise<Entry> {
    const entry = id ? await call('entries:update', { id, ...draft }) : await call('entries:create', draft);
    const summary = summaryOf(entry);
    setEntries((current) =>
      current.some((s) => s.id === entry.id)
        ? current.map((s) => (s.id === entry.id ? summary : s))
        : shown(summary)
          ? afterPinned(current, summary)
          : current,
    );
    return entry;
  }

  /** Save on a new entry: it is in the vault; a fresh page for the next one. */
  function created() {
    setStatus(t('composer.saved'));
    setError(null);
    setPromptTitle('');
    setPromptRef(undefined);
    setComposerKey((k) => k + 1);
  }

  /** A new worksheet becomes an entry; the core writes its body (the worksheet's Markdown). */
  async function createWorksheet(draft: WorksheetDraft) {
    try {
      const entry = await call('entries:create', { ...draft, body: '', emotions: [] });
      if (shown(summaryOf(entry))) setEntries((current) => afterPinned(current, summaryOf(entry)));
      setPane({ kind: 'view', entry });
      setStatus(t('worksheets.form.saved'));
      setError(null);
    } catch (e) {
      fail(e);
    }
  }

  async function updateWorksheet(entry: Entry, draft: WorksheetDraft) {
    try {
      const saved = await call('entries:update', {
        id: entry.id,
        ...draft,
        body: '',
        emotions: entry.emotions,
      });
      setEntries((current) => current.map((s) => (s.id === saved.id ? summaryOf(saved) : s)));
      setPane({ kind: 'view', entry: saved });
      setStatus(t('worksheets.form.saved'));
      setError(null);
    } catch (e) {
      fail(e);
    }
  }

  function updated(entry: Entry) {
    setPane({ kind: 'view', entry });
    setStatus(t('composer.saved'));
  }

  async function remove(id: string) {
    setConfirmingDelete(null);
    try {
      const { restorable } = await call('entries:delete', { id });
      setEntries((current) => current.filter((s) => s.id !== id));
      // One undo at a time: a second delete ends the first one's.
      if (undoable) purge(undoable);
      setUndoable(restorable ? id : null);
      if (!restorable) setStatus(t('entry.deleted'));
      newEntry();
    } catch (e) {
      fail(e);
    }
  }

  /** The undo expired. A purge that fails costs nothing: the core purges again at lock and unlock. */
  function purge(id: string) {
    setUndoable((current) => (current === id ? null : current));
    void call('entries:purge', { id }).catch(() => undefined);
  }

  async function restore(id: string) {
    setUndoable(null);
    try {
      const entry = await call('entries:restore', { id });
      setListVersion((v) => v + 1);
      setPane({ kind: 'view', entry });
      setStatus(t('lifecycle.undo.restored'));
    } catch (e) {
      fail(e);
    }
  }

  /** Pinned, unpinned or moved: the entry's place in the timeline changed, so the list is read again. */
  function changed(entry: Entry, message: string) {
    setPane({ kind: 'view', entry });
    setListVersion((v) => v + 1);
    setStatus(message);
    setError(null);
  }

  const selectedId =
    pane.kind === 'view' || pane.kind === 'edit' ? pane.entry.id : pane.kind === 'damaged' ? pane.id : null;

  return (
    <div className="journal">
      <header className="topbar">
        {/* While the couple space is open, the other partner may be at the keyboard: nothing of the
            personal journal is on screen or a click away (only help, appearance and Lock). */}
        <Brand />
        <h1 className="visually-hidden">{t('journal.heading')}</h1>
        <div ref={bar} className={compact ? 'topbar-actions compact' : 'topbar-actions'}>
          <HelpButton />
          {inCouple ? null : (
            <button
              type="button"
              className="button"
              onClick={() => setPaletteOpen(true)}
              title={t('timeline.palette.openHint', { modifier: MODIFIER_LABEL })}
              aria-keyshortcuts="Control+K Meta+K"
            >
              <Search size={16} aria-hidden />{' '}
              <span className="topbar-label">{t('timeline.palette.open')}</span>
            </button>
          )}
          <Preferences />
          {inCouple ? null : (
            <>
              <button
                type="button"
                className="button"
                onClick={() => setPane({ kind: 'checkin' })}
                title={t('checkin.openHint', { modifier: MODIFIER_LABEL })}
                aria-keyshortcuts="Control+E Meta+E"
              >
                <HeartPulse size={16} aria-hidden /> <span className="topbar-label">{t('checkin.open')}</span>
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setPane({ kind: 'insights' })}
                title={compact ? t('insights.open') : undefined}
              >
                <ChartLine size={16} aria-hidden /> <span className="topbar-label">{t('insights.open')}</span>
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setPane({ kind: 'exercises' })}
                title={compact ? t('exercises.open') : undefined}
              >
                <Wind size={16} aria-hidden /> <span className="topbar-label">{t('exercises.open')}</span>
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setPane({ kind: 'couple' })}
                title={compact ? t('couple.open') : undefined}
              >
                <HeartHandshake size={16} aria-hidden />{' '}
                <span className="topbar-label">{t('couple.open')}</span>
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setPane({ kind: 'settings' })}
                title={compact ? t('settings.open') : undefined}
              >
                <ShieldCheck size={16} aria-hidden />{' '}
                <span className="topbar-label">{t('settings.open')}</span>
              </button>
            </>
          )}
          <button
            type="button"
            className="button"
            onClick={onLock}
            title={t('journal.lockHint', { modifier: MODIFIER_LABEL })}
            aria-keyshortcuts="Control+L Meta+L"
          >
            <Lock size={16} aria-hidden /> {t('journal.lock')}
          </button>
        </div>
      </header>
      <div>
        {integrity === 'mismatch' ? (
          <p className="message warning banner tight" role="alert">
            {t('journal.integrityWarning')}
          </p>
        ) : null}
      </div>
      <div className={inCouple ? 'journal-body couple-open' : 'journal-body'}>
        <nav className="sidebar" aria-labelledby="entries-heading" hidden={inCouple}>
          <div className="sidebar-head">
            <h2 id="entries-heading">{t('journal.entries')}</h2>
            <button type="button" className="button ghost" onClick={newEntry}>
              <PenLine size={16} aria-hidden /> {t('journal.newEntry')}
            </button>
          </div>
          <div className="search-box" role="search">
            <Search size={16} aria-hidden />
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('search.label')}
              aria-label={t('search.label')}
              spellCheck={false}
            />
          </div>
          <TimelineFilter value={filter} onChange={setFilter} />
          {filter !== SESSIONS && !searchResult ? (
            <TimelineTools view={view} onView={setView} onJump={jumpTo} />
          ) : null}
          {searchResult ? (
            <SearchResults
              query={query.trim()}
              result={searchResult}
              selectedId={selectedId}
              onSelect={(id) => void select(id)}
            />
          ) : view === 'calendar' && filter !== SESSIONS ? (
            <JournalCalendar selectedId={selectedId} onSelect={(id) => void select(id)} onError={fail} />
          ) : (
            <EntryList
              entries={filter === SESSIONS ? [] : entries}
              selectedId={selectedId}
              hasMore={filter !== SESSIONS && nextCursor !== null}
              onSelect={(id) => void select(id)}
              onLoadMore={loadMore}
              scrollTo={scrollTo}
              sessions={withSessions ? sessions : []}
              onOpenSession={() => setPane({ kind: 'exercises' })}
              {...(kinds ? { emptyText: t('worksheets.filter.empty') } : {})}
              {...(packs ? { emptyText: t('worksheets.filter.emptyPack') } : {})}
              {...(tags ? { emptyText: t('tags.filter.empty') } : {})}
              {...(filter === SESSIONS ? { emptyText: t('worksheets.filter.noSessions') } : {})}
            />
          )}
        </nav>
        <main className="content">
          <div className="content-inner">
            <p className="saved-status" role="status" aria-live="polite">
              {status}
            </p>
            {error ? (
              <p className="message error" role="alert">
                {error}
              </p>
            ) : null}
            {pane.kind === 'settings' ? (
              <SecuritySettings
                onClose={newEntry}
                onExport={() => setPane({ kind: 'export' })}
                onImported={() => setListVersion((v) => v + 1)}
              />
            ) : pane.kind === 'export' ? (
              <ExportWizard onClose={newEntry} />
            ) : pane.kind === 'checkin' ? (
              <CheckIn onClose={newEntry} />
            ) : pane.kind === 'insights' ? (
              <Suspense fallback={<p role="status">{t('insights.loading')}</p>}>
                <Insights onClose={newEntry} onSelfChecks={() => setPane({ kind: 'selfchecks' })} />
              </Suspense>
            ) : pane.kind === 'couple' ? (
              <Suspense fallback={<p role="status">{t('couple.loading')}</p>}>
                <Couple onClose={newEntry} onLock={onLock} />
              </Suspense>
            ) : pane.kind === 'selfchecks' ? (
              <SelfChecks onClose={newEntry} />
            ) : pane.kind === 'exercises' ? (
              <Exercises
                onClose={newEntry}
                startWith={pane.startWith}
                onWorksheets={() => setPane({ kind: 'worksheets' })}
              />
            ) : pane.kind === 'worksheets' ? (
              <Worksheets
                onStart={(worksheet) => setPane({ kind: 'worksheet', worksheet })}
                onExercises={() => setPane({ kind: 'exercises' })}
                onClose={newEntry}
              />
            ) : pane.kind === 'worksheet' ? (
              <WorksheetForm
                key={pane.worksheet}
                kind={pane.worksheet}
                onSave={createWorksheet}
                onCancel={() => setPane({ kind: 'worksheets' })}
              />
            ) : pane.kind === 'edit' && pane.entry.worksheet ? (
              <WorksheetForm
                key={`edit-${pane.entry.id}`}
                kind={pane.entry.worksheet.kind}
                initial={{
                  title: pane.entry.title,
                  worksheet: pane.entry.worksheet,
                  notForSharing: pane.entry.notForSharing,
                }}
                onSave={(draft) => updateWorksheet(pane.entry, draft)}
                onCancel={() => setPane({ kind: 'view', entry: pane.entry })}
              />
            ) : pane.kind === 'new' ? (
              <>
                <ForYouToday
                  onStartExercise={(kind) => setPane({ kind: 'exercises', startWith: kind })}
                  onWrite={(text, prompt) => {
                    setPromptTitle(text.slice(0, 500));
                    setPromptRef(prompt);
                    setComposerKey((k) => k + 1);
                  }}
                />
                <Composer
                  key={composerKey}
                  heading={t('composer.heading')}
                  persist={persist}
                  onDone={created}
                  withPrompt
                  initialTitle={promptTitle}
                  initialPrompt={promptRef}
                />
              </>
            ) : pane.kind === 'edit' ? (
              <Composer
                key={`edit-${pane.entry.id}`}
                heading={t('composer.editHeading')}
                entryId={pane.entry.id}
                initialTitle={pane.entry.title}
                initialBody={pane.entry.body}
                initialEmotions={pane.entry.emotions}
                initialNotForSharing={pane.entry.notForSharing}
                initialPrompt={pane.entry.prompt}
                initialTags={pane.entry.tags}
                persist={persist}
                onDone={(saved) => updated(saved ?? pane.entry)}
                onCancel={(restored) => setPane({ kind: 'view', entry: restored ?? pane.entry })}
              />
            ) : pane.kind === 'view' ? (
              <EntryView
                entry={pane.entry}
                onEdit={() => setPane({ kind: 'edit', entry: pane.entry })}
                onDelete={() => setConfirmingDelete(pane.entry.id)}
                onChanged={changed}
                onError={fail}
              />
            ) : (
              <article>
                <h2>{t('journal.damaged')}</h2>
                <p>{t('errors.DAMAGED_RECORD')}</p>
                <button type="button" className="button" onClick={() => setConfirmingDelete(pane.id)}>
                  {t('entry.delete')}
                </button>
              </article>
            )}
          </div>
        </main>
      </div>
      {paletteOpen ? (
        <SearchPalette
          onOpen={(id) => {
            setPaletteOpen(false);
            void select(id);
          }}
          onClose={() => setPaletteOpen(false)}
        />
      ) : null}
      {confirmingDelete ? (
        <ConfirmDialog
          title={t('entry.confirmTitle')}
          body={t(pane.kind === 'damaged' ? 'lifecycle.confirmDamaged' : 'entry.confirmBody')}
          confirmLabel={t('entry.confirmDelete')}
          cancelLabel={t('entry.cancel')}
          onConfirm={() => void remove(confirmingDelete)}
          onCancel={() => setConfirmingDelete(null)}
        />
      ) : null}
      {undoable ? (
        <UndoToast
          entryId={undoable}
          onUndo={() => void restore(undoable)}
          onExpire={() => purge(undoable)}
        />
      ) : null}
    </div>
  );
}

/** A new entry (written now) goes first after the pinned ones, where the core will list it. */
function afterPinned(list: readonly EntrySummary[], summary: EntrySummary): EntrySummary[] {
  const at = list.findIndex((s) => s.damaged || !s.pinned);
  return at === -1 ? [...list, summary] : [...list.slice(0, at), summary, ...list.slice(at)];
}
