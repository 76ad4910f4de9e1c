import { Square } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerId, PartnerProfile } from '../../../../shared/domain/couple';
import type {
  CoupleExportPreview,
  CoupleExportStatus,
  CoupleSummaryFormat,
} from '../../../../shared/domain/coupleExport';
import { call } from '../../lib/api';
import { WarningNotice } from '../safety/WarningNotice';
import { SecretForm } from './SecretForm';
import './coupleExport.css';

const PARTNERS: readonly PartnerId[] = ['a', 'b'];
const other = (p: PartnerId): PartnerId => (p === 'a' ? 'b' : 'a');

type Step =
  | { kind: 'choose' }
  | { kind: 'unlock' }
  | { kind: 'review' }
  | { kind: 'note'; partner: PartnerId }
  | { kind: 'approve'; partner: PartnerId }
  | { kind: 'withdraw'; partner: PartnerId }
  | { kind: 'save' };

/**
 * The summary for a therapist, step by step: one partner prepares it (which shared parts), each
 * may add a note, each reads the exact text and agrees with their own secret, then either saves
 * the file. Every call takes a secret typed for that call only; "Stop" is always there and never
 * asks why. The preview is the file's text as the core built it, never rebuilt here.
 */
export function CoupleExportPanel({
  partners,
  status: initialStatus,
  start,
  home,
}: {
  partners: Record<PartnerId, PartnerProfile>;
  status: CoupleExportStatus;
  start: 'choose' | 'unlock';
  home: (message?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: start });
  const [status, setStatus] = useState(initialStatus);
  const [preview, setPreview] = useState<CoupleExportPreview | null>(null);
  const [format, setFormat] = useState<CoupleSummaryFormat>('markdown');
  const name = (p: PartnerId) => partners[p].name;

  function show(next: CoupleExportPreview) {
    setPreview(next);
    setStatus(next.status);
    setStep({ kind: 'review' });
  }

  const stop = (
    <div className="couple-stop">
      <button
        type="button"
        className="button"
        onClick={() => home(t('coupleExport.stopped'))}
        title={t('coupleExport.stopHint')}
      >
        <Square size={14} aria-hidden /> {t('coupleExport.stop')}
      </button>
    </div>
  );

  const previewBlock = preview ? (
    <section className="couple-card" aria-labelledby={`${id}-preview`}>
      <h3 id={`${id}-preview`}>{t('coupleExport.review.heading')}</h3>
      <p className="hint">{t('coupleExport.review.exact')}</p>
      <p className="hint">{t('coupleExport.review.never')}</p>
      <pre
        className="couple-export-text"
        tabIndex={0}
        aria-label={preview.fileName}
        data-testid="couple-export-preview"
      >
        {preview.text}
      </pre>
    </section>
  ) : null;

  return (
    <div className="couple-flow couple-export">
      {stop}
      <h3>{t('coupleExport.card.name')}</h3>
      <p className="hint">{t('coupleExport.framework')}</p>
      {step.kind === 'choose' ? (
        <ChooseSections
          partners={partners}
          status={status}
          lang={lang}
          onPreview={show}
          onCancel={() => home()}
        />
      ) : step.kind === 'unlock' ? (
        <WhoseSecret
          names={{ a: name('a'), b: name('b') }}
          heading={t('coupleExport.unlock.heading')}
          submitLabel={t('coupleExport.unlock.submit')}
          onCancel={() => home()}
          onSubmit={async (partner, secret) => show(await call('couple:export:preview', { partner, secret }))}
        />
      ) : !preview ? null : step.kind === 'review' ? (
        <>
          {previewBlock}
          <section className="couple-card" aria-labelledby={`${id}-approvals`}>
            <h3 id={`${id}-approvals`}>{t('coupleExport.review.approvals')}</h3>
            <ul className="couple-states" data-testid="couple-export-approvals">
              {PARTNERS.map((p) => (
                <li key={p} data-approved={preview.approved[p]}>
                  {preview.approved[p]
                    ? t('coupleExport.review.approved', { name: name(p) })
                    : t('coupleExport.review.notApproved', { name: name(p) })}
                </li>
              ))}
            </ul>
            <p className="hint">{t('coupleExport.review.changed')}</p>
            <div className="button-row">
              {PARTNERS.map((p) =>
                preview.approved[p] ? (
                  <button
                    key={p}
                    type="button"
                    className="button"
                    onClick={() => setStep({ kind: 'withdraw', partner: p })}
                  >
                    {t('coupleExport.review.withdrawAs', { name: name(p) })}
                  </button>
                ) : (
                  <button
                    key={p}
                    type="button"
                    className="button primary"
                    onClick={() => setStep({ kind: 'approve', partner: p })}
                  >
                    {t('coupleExport.review.approveAs', { name: name(p) })}
                  </button>
                ),
              )}
            </div>
            <div className="button-row">
              {PARTNERS.map((p) => (
                <button
                  key={p}
                  type="button"
                  className="button"
                  onClick={() => setStep({ kind: 'note', partner: p })}
                >
                  {t('coupleExport.review.noteAs', { name: name(p) })}
                </button>
              ))}
              <button type="button" className="button" onClick={() => setStep({ kind: 'choose' })}>
                {t('coupleExport.review.again')}
              </button>
            </div>
          </section>
          <section className="couple-card" aria-labelledby={`${id}-save`}>
            <h3 id={`${id}-save`}>{t('coupleExport.save.heading')}</h3>
            <p className="hint">{t('coupleExport.review.notEncrypted')}</p>
            <fieldset className="couple-export-format">
              <legend>{t('coupleExport.review.format')}</legend>
              <div className="button-row">
                {(['markdown', 'pdf'] as const).map((f) => (
                  <label key={f} className="couple-option">
                    <input
                      type="radio"
                      name={`${id}-format`}
                      checked={format === f}
                      onChange={() => setFormat(f)}
                    />
                    <span>{t(`coupleExport.review.${f}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {preview.approved.a && preview.approved.b ? (
              <button type="button" className="button primary" onClick={() => setStep({ kind: 'save' })}>
                {t('coupleExport.review.save')}
              </button>
            ) : (
              <p className="hint">{t('coupleExport.review.waiting')}</p>
            )}
          </section>
        </>
      ) : step.kind === 'note' ? (
        <NoteForm
          name={name(step.partner)}
          otherName={name(other(step.partner))}
          onCancel={() => setStep({ kind: 'review' })}
          onSave={async (note, secret) =>
            show(await call('couple:export:note', { partner: step.partner, secret, note }))
          }
        />
      ) : step.kind === 'approve' ? (
        <>
          {previewBlock}
          <Approve
            name={name(step.partner)}
            sections={preview.included.map((s) => ({
              id: s,
              title: status.sources.find((source) => source.id === s)?.title[lang] ?? s,
            }))}
            onCancel={() => setStep({ kind: 'review' })}
            onApprove={async (agree, secret) =>
              show(
                await call('couple:export:approve', {
                  partner: step.partner,
                  secret,
                  hash: preview.hash,
                  agree,
                }),
              )
            }
          />
        </>
      ) : step.kind === 'withdraw' ? (
        <SecretForm
          heading={t('coupleExport.withdraw.heading', { name: name(step.partner) })}
          names={[name(step.partner)]}
          submitLabel={t('coupleExport.withdraw.submit')}
          onCancel={() => setStep({ kind: 'review' })}
          onSubmit={async ([secret]) => {
            await call('couple:export:withdraw', { partner: step.partner, secret: secret! });
            home(t('coupleExport.withdraw.done'));
          }}
        >
          <p>{t('coupleExport.withdraw.lede')}</p>
        </SecretForm>
      ) : (
        <WhoseSecret
          names={{ a: name('a'), b: name('b') }}
          heading={t('coupleExport.save.heading')}
          submitLabel={t('coupleExport.save.submit')}
          lede={t('coupleExport.save.lede')}
          onCancel={() => setStep({ kind: 'review' })}
          onSubmit={async (partner, secret) => {
            const written = await call('couple:export:write', {
              partner,
              secret,
              hash: preview.hash,
              format,
            });
            if (written.status === 'written')
              home(t('coupleExport.save.written', { fileName: written.fileName }));
            else setStep({ kind: 'review' });
          }}
        />
      )}
    </div>
  );
}

/** A partner picker above one secret field (either partner may do this step). */
function WhoseSecret({
  names,
  heading,
  lede,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  names: Record<PartnerId, string>;
  heading: string;
  lede?: string;
  submitLabel: string;
  onSubmit: (partner: PartnerId, secret: string) => Promise<void>;
  onCancel: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const groupName = useId();
  const [partner, setPartner] = useState<PartnerId>('a');
  return (
    <SecretForm
      key={partner}
      heading={heading}
      names={[names[partner]]}
      submitLabel={submitLabel}
      onCancel={onCancel}
      onSubmit={([secret]) => onSubmit(partner, secret!)}
    >
      {lede ? <p>{lede}</p> : null}
      {children}
      <div className="button-row" role="radiogroup" aria-label={t('coupleExport.unlock.whose')}>
        {PARTNERS.map((p) => (
          <label key={p} className="couple-option">
            <input type="radio" name={groupName} checked={partner === p} onChange={() => setPartner(p)} />
            <span>{names[p]}</span>
          </label>
        ))}
      </div>
    </SecretForm>
  );
}

/** Which shared parts go in; a part with nothing revealed together yet cannot be chosen. */
function ChooseSections({
  partners,
  status,
  lang,
  onPreview,
  onCancel,
}: {
  partners: Record<PartnerId, PartnerProfile>;
  status: CoupleExportStatus;
  lang: 'en' | 'fr';
  onPreview: (preview: CoupleExportPreview) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<Record<string, boolean>>({});
  const [chosen, setChosen] = useState<string[]>(status.draft?.sections ?? []);

  useEffect(() => {
    let live = true;
    // The desire list says itself whether it was revealed; other sources show what they have.
    void call('couple:status', undefined).then((couple) => {
      if (!live || !couple.exists) return;
      const desire = couple.exercises.find((e) => e.exercise === 'desire-list');
      setRevealed({ 'desire-list': desire?.revealed ?? false });
    });
    return () => {
      live = false;
    };
  }, []);

  const available = (sourceId: string) => revealed[sourceId] ?? sourceId !== 'desire-list';
  return (
    <WhoseSecret
      names={{ a: partners.a.name, b: partners.b.name }}
      heading={t('coupleExport.choose.heading')}
      submitLabel={t('coupleExport.choose.submit')}
      onCancel={onCancel}
      onSubmit={async (partner, secret) =>
        onPreview(
          await call('couple:export:draft', {
            partner,
            secret,
            sections: chosen.filter(available),
            lang,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          }),
        )
      }
    >
      <p>{t('coupleExport.choose.lede')}</p>
      <fieldset className="couple-export-sections">
        <legend className="visually-hidden">{t('coupleExport.choose.heading')}</legend>
        {status.sources.map((source) => (
          <label key={source.id} className="checkbox">
            <input
              type="checkbox"
              disabled={!available(source.id)}
              checked={available(source.id) && chosen.includes(source.id)}
              onChange={(e) =>
                setChosen((c) => (e.target.checked ? [...c, source.id] : c.filter((s) => s !== source.id)))
              }
            />
            <span>
              {available(source.id)
                ? source.title[lang]
                : t('coupleExport.choose.unavailable', { title: source.title[lang] })}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('coupleExport.choose.hint')}</p>
      <p className="couple-partners">{t('coupleExport.choose.whoDrafts')}</p>
    </WhoseSecret>
  );
}

/** One partner's own note: the other reads it in the preview before agreeing. */
function NoteForm({
  name,
  otherName,
  onSave,
  onCancel,
}: {
  name: string;
  otherName: string;
  onSave: (note: string, secret: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [note, setNote] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  // The secret field below takes focus as it mounts; the note comes first.
  useEffect(() => field.current?.focus(), []);
  return (
    <SecretForm
      heading={t('coupleExport.note.heading', { name })}
      names={[name]}
      submitLabel={t('coupleExport.note.submit')}
      onCancel={onCancel}
      onSubmit={([secret]) => onSave(note, secret!)}
    >
      <p>{t('coupleExport.note.lede', { other: otherName })}</p>
      <div className="field">
        <label htmlFor={fieldId}>{t('coupleExport.note.label')}</label>
        <textarea
          id={fieldId}
          ref={field}
          rows={6}
          maxLength={4000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${fieldId}-hint`}
        />
        <p id={`${fieldId}-hint`} className="hint">
          {t('coupleExport.note.hint')}
        </p>
      </div>
      <WarningNotice text={note} />
    </SecretForm>
  );
}

/** "I agree to share this", per shared part and for the whole text, then the partner's secret. */
function Approve({
  name,
  sections,
  onApprove,
  onCancel,
}: {
  name: string;
  sections: { id: string; title: string }[];
  onApprove: (agree: string[], secret: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<string[]>([]);
  const [whole, setWhole] = useState(false);
  const all = whole && sections.every((s) => ticked.includes(s.id));
  return (
    <>
      <fieldset className="couple-card couple-export-agree">
        <legend>{t('coupleExport.approve.heading', { name })}</legend>
        <p>{t('coupleExport.approve.lede')}</p>
        {sections.map((section) => (
          <label key={section.id} className="checkbox">
            <input
              type="checkbox"
              checked={ticked.includes(section.id)}
              onChange={(e) =>
                setTicked((c) => (e.target.checked ? [...c, section.id] : c.filter((s) => s !== section.id)))
              }
            />
            <span>{t('coupleExport.approve.section', { title: section.title })}</span>
          </label>
        ))}
        <label className="checkbox">
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />
          <span>{t('coupleExport.approve.text')}</span>
        </label>
        <p className="hint">{t('coupleExport.approve.notAll')}</p>
        {all ? null : (
          <div className="button-row">
            <button type="button" className="button" onClick={onCancel}>
              {t('couple.secret.cancel')}
            </button>
          </div>
        )}
      </fieldset>
      {/* The secret is asked only once every part is agreed to: there is no half approval. */}
      {all ? (
        <SecretForm
          heading={t('coupleExport.approve.secretHeading', { name })}
          names={[name]}
          submitLabel={t('coupleExport.approve.submit')}
          onCancel={onCancel}
          onSubmit={([secret]) => onApprove(ticked, secret!)}
        />
      ) : null}
    </>
  );
}
