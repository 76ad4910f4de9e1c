import { EyeOff, FileOutput } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionName } from '../../../../shared/content/emotions';
import type { EntrySummary } from '../../../../shared/domain/entry';
import {
  EXPORT_FORMATS,
  EXPORT_PASSWORD_MAX,
  EXPORT_PASSWORD_MIN,
  type ExportFormat,
  type ExportLogRecord,
  type ExportRequest,
} from '../../../../shared/exchange/exportRequest';
import type { TextRange } from '../../../../shared/exchange/redaction';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useDateFormat } from '../journal/useDateFormat';
import { paragraphsOf } from './paragraphs';
import { useTags } from '../tags/tagStore';
import './exchange.css';
import { PaneHeader } from '../../components/PaneHeader';
import { FeedbackLine, type Feedback } from '../../components/SettingsSection';

type Readable = Extract<EntrySummary, { damaged: false }>;
type Preview = { key: string; text: string; fileName: string; counts: Record<string, number> };

/** Letters and digits nobody misreads aloud or on paper (no 0/o, 1/l/i). */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/**
 * A password to read out or write down: five groups of four drawn uniformly from 31 symbols, about
 * 99 bits, as strong as the export formats can use (their key derivation is fast, see the schema).
 */
export function suggestExportPassword(): string {
  const groups: string[] = [];
  const limit = 256 - (256 % PASSWORD_ALPHABET.length); // rejection sampling: no modulo bias
  while (groups.join('').length < 20) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    let group = '';
    for (const b of bytes) {
      if (b < limit && group.length < 4) group += PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length];
    }
    if (group.length === 4) groups.push(group);
  }
  return groups.join('-');
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar day as the date input shows it. */
const dayValue = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Local midnight of a date input's day (the day after, for an inclusive end). */
function localMidnight(value: string, plusDays = 0): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays);
}

/**
 * Choosing what leaves the vault for a therapist (or to keep): a period, the entries in it one
 * by one, passages to hide, check-ins and scores, what to bring to the next session, a format.
 * The preview is the core's own output, so it is exactly the file; writing goes through the
 * main process's consent and save dialogs.
 */
export function ExportWizard({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const formatDate = useDateFormat();
  const allTags = useTags();
  const ids = {
    heading: useId(),
    from: useId(),
    to: useId(),
    bring: useId(),
    preview: useId(),
    log: useId(),
    password: useId(),
    byFeeling: useId(),
    passwordHint: useId(),
  };
  const [from, setFrom] = useState(() => dayValue(new Date(Date.now() - 29 * 86_400_000)));
  const [to, setTo] = useState(() => dayValue(new Date()));
  const [entries, setEntries] = useState<Readable[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [hidden, setHidden] = useState<Record<string, TextRange[]>>({});
  const [hiding, setHiding] = useState<{ id: string; body: string } | null>(null);
  const [includeCheckins, setIncludeCheckins] = useState(true);
  const [includeSelfChecks, setIncludeSelfChecks] = useState(false);
  const [includeExercises, setIncludeExercises] = useState(true);
  const [toBring, setToBring] = useState('');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [pageSize, setPageSize] = useState<'A4' | 'LETTER'>('A4');
  const [lang, setLang] = useState<'en' | 'fr'>(uiLang);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Feedback>(null);
  const [log, setLog] = useState<ExportLogRecord[]>([]);
  const [includeImages, setIncludeImages] = useState(true);
  const [feeling, setFeeling] = useState('');
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const passwordOk = !protect || password.length >= EXPORT_PASSWORD_MIN;

  const period = useMemo(() => {
    if (!from || !to || from > to) return null;
    return { from: localMidnight(from).toISOString(), to: localMidnight(to, 1).toISOString() };
  }, [from, to]);

  useEffect(() => {
    if (!period) return;
    let live = true;
    call('entries:between', { since: period.from, before: period.to })
      .then(({ entries: found }) => {
        if (!live) return;
        const readable = found.filter((e): e is Readable => !e.damaged);
        setEntries(readable);
        // Entries the writer kept from exports are listed, never pre-selected.
        setChosen(new Set(readable.filter((e) => !e.notForSharing).map((e) => e.id)));
        setHidden({});
      })
      .catch((e: unknown) => live && setMessage({ kind: 'error', text: describeError(t, e) }));
    return () => {
      live = false;
    };
  }, [period, t]);

  useEffect(() => {
    call('export:log', undefined)
      .then((r) => setLog(r.records))
      .catch(() => setLog([]));
  }, []);

  const request: ExportRequest | null = useMemo(() => {
    if (!period || !entries) return null;
    const entryIds = entries.filter((e) => chosen.has(e.id)).map((e) => e.id);
    return {
      format,
      lang,
      entryIds,
      redactions: entryIds.flatMap((id) => (hidden[id]?.length ? [{ entryId: id, ranges: hidden[id] }] : [])),
      includeCheckins,
      includeSelfChecks,
      includeExercises,
      period,
      toBring,
      ...(format === 'pdf' ? { pageSize } : {}),
      ...(format === 'markdown' ? { includeImages } : {}),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  }, [
    period,
    entries,
    chosen,
    hidden,
    format,
    pageSize,
    includeImages,
    lang,
    includeCheckins,
    includeSelfChecks,
    includeExercises,
    toBring,
  ]);
  /**
   * What entries of the period can be chosen by: the feelings named in them, their tags and the
   * worksheet kinds, each most frequent first, as `feeling:<id>`, `tag:<id>` and `worksheet:<kind>`
   * with their counts. Tags the vault no longer knows are not offered.
   */
  const choosers = useMemo(() => {
    const feelings = new Map<string, number>();
    const tagged = new Map<string, number>();
    const worksheets = new Map<string, number>();
    const known = new Set(allTags.map((tag) => tag.id));
    for (const entry of entries ?? []) {
      for (const f of entry.emotions) feelings.set(f.id, (feelings.get(f.id) ?? 0) + 1);
      for (const id of entry.tags) if (known.has(id)) tagged.set(id, (tagged.get(id) ?? 0) + 1);
      if (entry.worksheet) worksheets.set(entry.worksheet, (worksheets.get(entry.worksheet) ?? 0) + 1);
    }
    const sorted = (counts: Map<string, number>) =>
      [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { feelings: sorted(feelings), tags: sorted(tagged), worksheets: sorted(worksheets) };
  }, [entries, allTags]);
  /** Whether an entry matches a choice of `choosers`. */
  const matches = (entry: Readable, choice: string) =>
    choice.startsWith('worksheet:')
      ? entry.worksheet === choice.slice('worksheet:'.length)
      : choice.startsWith('tag:')
        ? entry.tags.includes(choice.slice('tag:'.length))
        : entry.emotions.some((f) => f.id === choice.slice('feeling:'.length));
  const requestKey = JSON.stringify(request);
  const current = preview?.key === requestKey;
  const entryFormat = format === 'pdf' || format === 'markdown' || format === 'json';

  async function showPreview() {
    if (!request) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await call('export:preview', request);
      setPreview({ key: requestKey, ...result });
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, e) });
    } finally {
      setBusy(false);
    }
  }

  async function write() {
    if (!request || !current) return;
    setBusy(true);
    try {
      const result = await call('export:write', protect ? { ...request, password } : request);
      const written = protect ? 'exchange.export.writtenProtected' : 'exchange.export.written';
      setMessage(
        result.status === 'written'
          ? { kind: 'ok', text: t(written, { fileName: result.fileName }) }
          : { kind: 'ok', text: t('exchange.export.cancelled') },
      );
      setLog((await call('export:log', undefined)).records);
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, e) });
    } finally {
      setBusy(false);
    }
  }

  async function startHiding(id: string) {
    try {
      const entry = await call('entries:get', { id });
      setHiding({ id, body: entry.body });
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, e) });
    }
  }

  function togglePassage(id: string, range: TextRange, on: boolean) {
    setHidden((current) => {
      const others = (current[id] ?? []).filter((r) => r.start !== range.start);
      return { ...current, [id]: on ? [...others, range].sort((a, b) => a.start - b.start) : others };
    });
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="export-wizard" aria-labelledby={ids.heading}>
      <PaneHeader
        id={ids.heading}
        icon={<FileOutput size={20} aria-hidden />}
        title={t('exchange.export.title')}
        closeLabel={t('exchange.export.close')}
        onClose={onClose}
      />
      <p className="lede">{t('exchange.export.lede')}</p>

      <fieldset className="export-step">
        <legend>{t('exchange.export.period')}</legend>
        <div className="export-dates">
          <div className="field">
            <label htmlFor={ids.from}>{t('exchange.export.from')}</label>
            <input
              id={ids.from}
              type="date"
              value={from}
              max={to}
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>{t('exchange.export.to')}</label>
            <input id={ids.to} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
      </fieldset>

      {entryFormat ? (
        <fieldset className="export-step">
          <legend>{t('exchange.export.entries')}</legend>
          {entries === null ? (
            <p role="status">{t('exchange.export.loading')}</p>
          ) : entries.length === 0 ? (
            <p className="hint">{t('exchange.export.none')}</p>
          ) : (
            <>
              <div className="button-row tight-row">
                <p className="hint tight" role="status">
                  {t('exchange.export.selected', { count: chosen.size, total: entries.length })}
                </p>
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => setChosen(new Set(entries.filter((e) => !e.notForSharing).map((e) => e.id)))}
                >
                  {t('exchange.export.all')}
                </button>
                <button type="button" className="button ghost" onClick={() => setChosen(new Set())}>
                  {t('exchange.export.noneSelected')}
                </button>
              </div>
              {choosers.feelings.length + choosers.tags.length + choosers.worksheets.length > 0 ? (
                <div className="export-by-feeling">
                  <label htmlFor={ids.byFeeling}>{t('exchange.export.byFeeling')}</label>
                  <select id={ids.byFeeling} value={feeling} onChange={(e) => setFeeling(e.target.value)}>
                    <option value="">{t('exchange.export.byFeelingPick')}</option>
                    {choosers.feelings.length > 0 ? (
                      <optgroup label={t('exchange.export.byFeelingGroup')}>
                        {choosers.feelings.map(([id, n]) => (
                          <option key={id} value={`feeling:${id}`}>
                            {t('exchange.export.byFeelingOption', {
                              name: emotionName(id, uiLang) ?? id,
                              count: n,
                            })}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                    {choosers.tags.length > 0 ? (
                      <optgroup label={t('exchange.export.byTagGroup')}>
                        {choosers.tags.map(([id, n]) => (
                          <option key={id} value={`tag:${id}`}>
                            {t('exchange.export.byFeelingOption', {
                              name: allTags.find((tag) => tag.id === id)?.name ?? '',
                              count: n,
                            })}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                    {choosers.worksheets.length > 0 ? (
                      <optgroup label={t('exchange.export.byWorksheetGroup')}>
                        {choosers.worksheets.map(([kind, n]) => (
                          <option key={kind} value={`worksheet:${kind}`}>
                            {t('exchange.export.byFeelingOption', {
                              name: t(`worksheets.names.${kind}`),
                              count: n,
                            })}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                  </select>
                  <button
                    type="button"
                    className="button"
                    disabled={feeling === ''}
                    onClick={() =>
                      setChosen(
                        new Set(
                          entries.filter((e) => !e.notForSharing && matches(e, feeling)).map((e) => e.id),
                        ),
                      )
                    }
                  >
                    {t('exchange.export.byFeelingApply')}
                  </button>
                </div>
              ) : null}
              <ul className="export-entries">
                {entries.map((entry) => {
                  const count = hidden[entry.id]?.length ?? 0;
                  return (
                    <li key={entry.id}>
                      <label className="checkbox tight">
                        <input
                          type="checkbox"
                          checked={chosen.has(entry.id)}
                          onChange={(e) => toggle(entry.id, e.target.checked)}
                        />
                        <span>
                          <strong>
                            {entry.title || entry.excerpt.slice(0, 80) || t('exchange.export.untitled')}
                          </strong>
                          <span className="entry-date">
                            {' '}
                            · {formatDate(entry.createdAt)}
                            {entry.emotions.length > 0
                              ? ` · ${entry.emotions.map((f) => emotionName(f.id, uiLang) ?? f.id).join(', ')}`
                              : ''}
                          </span>
                          {entry.notForSharing ? (
                            <span className="hint"> · {t('exchange.export.notForSharing')}</span>
                          ) : null}
                        </span>
                      </label>
                      {chosen.has(entry.id) ? (
                        <div className="export-hide">
                          {count > 0 ? (
                            <span className="hint">{t('exchange.export.hiddenCount', { count })}</span>
                          ) : null}
                          <button
                            type="button"
                            className="button ghost"
                            onClick={() => void startHiding(entry.id)}
                          >
                            <EyeOff size={14} aria-hidden /> {t('exchange.export.hide')}
                          </button>
                        </div>
                      ) : null}
                      {hiding?.id === entry.id ? (
                        <fieldset className="passages">
                          <legend>{t('exchange.export.hideHint')}</legend>
                          {paragraphsOf(hiding.body).map((range) => {
                            const on = (hidden[entry.id] ?? []).some((r) => r.start === range.start);
                            return (
                              <label key={range.start} className={`passage${on ? ' hidden-passage' : ''}`}>
                                <input
                                  type="checkbox"
                                  checked={on}
                                  aria-label={`${t('exchange.export.hidePassage')}: ${hiding.body
                                    .slice(range.start, range.end)
                                    .slice(0, 60)}`}
                                  onChange={(e) => togglePassage(entry.id, range, e.target.checked)}
                                />
                                <span>{hiding.body.slice(range.start, range.end)}</span>
                              </label>
                            );
                          })}
                          <button type="button" className="button" onClick={() => setHiding(null)}>
                            {t('exchange.export.hideDone')}
                          </button>
                        </fieldset>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </fieldset>
      ) : null}

      <fieldset className="export-step">
        <legend>{t('exchange.export.format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="checkbox tight">
            <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
            <span>{t(`exchange.export.formats.${f}`)}</span>
          </label>
        ))}
        {format === 'pdf' ? (
          <div className="export-paper" role="group" aria-label={t('exchange.export.paper')}>
            <span className="hint">{t('exchange.export.paper')}</span>
            {(['A4', 'LETTER'] as const).map((size) => (
              <label key={size} className="checkbox tight">
                <input
                  type="radio"
                  name="export-paper"
                  checked={pageSize === size}
                  onChange={() => setPageSize(size)}
                />
                <span>{t(`exchange.export.papers.${size}`)}</span>
              </label>
            ))}
          </div>
        ) : null}
        {format === 'markdown' ? (
          <label className="checkbox tight">
            <input
              type="checkbox"
              checked={includeImages}
              onChange={(e) => setIncludeImages(e.target.checked)}
            />
            <span>{t('exchange.export.includeImages')}</span>
          </label>
        ) : null}
      </fieldset>

      <fieldset className="export-step">
        <legend>{t('exchange.export.protection')}</legend>
        <label className="checkbox tight">
          <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
          <span>{t('exchange.export.protect')}</span>
        </label>
        {protect ? (
          <div className="export-password">
            <div className="field">
              <label htmlFor={ids.password}>{t('exchange.export.password')}</label>
              <div className="export-password-row">
                <input
                  id={ids.password}
                  type="text"
                  className="mono"
                  autoComplete="off"
                  spellCheck={false}
                  value={password}
                  maxLength={EXPORT_PASSWORD_MAX}
                  aria-describedby={ids.passwordHint}
                  aria-invalid={password.length > 0 && !passwordOk}
                  onChange={(e) => setPassword(e.target.value)}
                />
                <button type="button" className="button" onClick={() => setPassword(suggestExportPassword())}>
                  {t('exchange.export.suggestPassword')}
                </button>
              </div>
            </div>
            <p className="hint" id={ids.passwordHint}>
              {t('exchange.export.passwordRules', { min: EXPORT_PASSWORD_MIN })}{' '}
              {t(format === 'pdf' ? 'exchange.export.opensPdf' : 'exchange.export.opensZip')}
            </p>
          </div>
        ) : (
          <p className="hint">{t('exchange.export.unprotected')}</p>
        )}
      </fieldset>

      {entryFormat ? (
        <fieldset className="export-step">
          <legend>{t('exchange.export.include')}</legend>
          <label className="checkbox tight">
            <input
              type="checkbox"
              checked={includeCheckins}
              onChange={(e) => setIncludeCheckins(e.target.checked)}
            />
            <span>{t('exchange.export.checkins')}</span>
          </label>
          <label className="checkbox tight">
            <input
              type="checkbox"
              checked={includeSelfChecks}
              onChange={(e) => setIncludeSelfChecks(e.target.checked)}
            />
            <span>{t('exchange.export.selfChecks')}</span>
          </label>
          <label className="checkbox tight">
            <input
              type="checkbox"
              checked={includeExercises}
              onChange={(e) => setIncludeExercises(e.target.checked)}
            />
            <span>{t('exchange.export.exercises')}</span>
          </label>
          <div className="field">
            <label htmlFor={ids.bring}>{t('exchange.export.toBring')}</label>
            <textarea
              id={ids.bring}
              className="short"
              value={toBring}
              maxLength={5000}
              onChange={(e) => setToBring(e.target.value)}
            />
          </div>
        </fieldset>
      ) : null}

      <fieldset className="export-step">
        <legend>{t('exchange.export.language')}</legend>
        {(['en', 'fr'] as const).map((l) => (
          <label key={l} className="checkbox tight">
            <input type="radio" name="export-lang" checked={lang === l} onChange={() => setLang(l)} />
            <span>{t(`exchange.export.languages.${l}`)}</span>
          </label>
        ))}
      </fieldset>

      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={!request || busy}
          onClick={() => void showPreview()}
        >
          {t('exchange.export.preview')}
        </button>
      </div>

      <FeedbackLine feedback={message} />

      {preview ? (
        <section className="export-preview" aria-labelledby={ids.preview}>
          <h3 id={ids.preview}>{t('exchange.export.previewHeading')}</h3>
          <p className="hint">
            {[
              t('exchange.export.counts.entries', { count: preview.counts.entries }),
              t('exchange.export.counts.hidden', { count: preview.counts.hiddenPassages }),
              t('exchange.export.counts.checkins', { count: preview.counts.checkins }),
              t('exchange.export.counts.selfChecks', { count: preview.counts.selfChecks }),
              ...(preview.counts.images
                ? [t('exchange.export.counts.images', { count: preview.counts.images })]
                : []),
            ].join(', ')}
            .{' '}
            {preview.counts.unreadable
              ? t('exchange.export.unreadable', { count: preview.counts.unreadable })
              : ''}
          </p>
          {format === 'pdf' ? <p className="hint">{t('exchange.export.pdfPreview')}</p> : null}
          {current ? null : (
            <p className="message info" role="status">
              {t('exchange.export.stale')}
            </p>
          )}
          <pre className="export-text" tabIndex={0} aria-label={preview.fileName}>
            {preview.text}
          </pre>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={!current || busy || !passwordOk}
              onClick={() => void write()}
            >
              {t('exchange.export.write')}
            </button>
            <span className="hint">{t('exchange.export.writeHint')}</span>
          </div>
        </section>
      ) : null}

      <section className="export-log" aria-labelledby={ids.log}>
        <h3 id={ids.log}>{t('exchange.export.log')}</h3>
        {log.length === 0 ? (
          <p className="hint">{t('exchange.export.logEmpty')}</p>
        ) : (
          <ul>
            {log.map((r) => (
              <li key={`${r.at}-${r.fileName}`}>
                {r.kind === 'couple-summary'
                  ? t('coupleExport.logLine', {
                      date: formatDate(r.at),
                      format: r.format,
                      fileName: r.fileName,
                    })
                  : t('exchange.export.logLine', {
                      date: formatDate(r.at),
                      format: r.format,
                      entries: r.entries,
                      checkins: r.checkins,
                      selfChecks: r.selfChecks,
                      hidden: r.hiddenPassages,
                      fileName: r.fileName,
                    })}
                {r.protected ? ` — ${t('exchange.export.logProtected')}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
