import { ArrowLeft } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DESIRE_LIST } from '../../../../shared/content/couple/desireList';
import type { ExchangeStatus, OutgoingKind } from '../../../../shared/domain/coupleExchange';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { ExchangeAnswering } from './ExchangeAnswering';
import { Overlaps } from './Overlaps';
import './exchange.css';

/**
 * Two machines (issue 8): each partner has their own Alcove on their own computer, and this
 * vault's owner is "me". Name → my pairing card → their card → the code read aloud → paired;
 * then the desire list as three files carried by hand. Every step says what a file holds and
 * where we are. Paths never come from here: the core opens the native dialogs.
 */
export function Exchange({ onBack }: { onBack: (message?: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<ExchangeStatus | null>(null);
  const [answering, setAnswering] = useState<'initiator' | 'responder' | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  /** After the long list, back at the top: the next step (the file to save) is in view and read first. */
  const backToTop = () => requestAnimationFrame(() => titleRef.current?.focus());

  useEffect(() => {
    let live = true;
    call('couple:exchange:status', undefined).then(
      (loaded) => live && setStatus(loaded),
      (failure: unknown) => live && setProblem(describeError(t, failure)),
    );
    return () => {
      live = false;
    };
  }, [t]);

  /** Runs one action: clears the old message, shows a failure as an alert, never twice at once. */
  async function act(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setNote('');
    try {
      await action();
    } catch (failure) {
      setProblem(describeError(t, failure));
    } finally {
      setBusy(false);
    }
  }

  const partnerName = status?.partner?.name ?? '';

  let body: ReactNode;
  if (status === null) {
    body = problem ? null : <p role="status">{t('coupleExchange.loading')}</p>;
  } else if (status.name === null) {
    body = (
      <NameForm
        busy={busy}
        onSubmit={(name) => act(async () => setStatus(await call('couple:exchange:name', { name })))}
      />
    );
  } else if (status.partner === null) {
    body = (
      <section className="couple-card" aria-labelledby={`${headingId}-pair`}>
        <h3 id={`${headingId}-pair`}>{t('coupleExchange.card.heading')}</h3>
        <p>{t('coupleExchange.card.step1')}</p>
        <p className="hint">{t('coupleExchange.card.step1What')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              act(async () => {
                const saved = await call('couple:exchange:saveCard', undefined);
                if (saved.status === 'saved')
                  setNote(t('coupleExchange.card.saved', { fileName: saved.fileName }));
              })
            }
          >
            {t('coupleExchange.card.save')}
          </button>
        </div>
        <p>{t('coupleExchange.card.step2')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() =>
              act(async () => {
                const result = await call('couple:exchange:importCard', undefined);
                if (result.status === 'imported') setStatus(result.exchange);
                else if (result.status === 'refused')
                  setProblem(t(`coupleExchange.card.refused.${result.code}`, { name: partnerName }));
              })
            }
          >
            {t('coupleExchange.card.import')}
          </button>
        </div>
      </section>
    );
  } else if (!status.partner.paired) {
    const name = status.partner.name;
    body = (
      <section className="couple-card couple-handover" aria-labelledby={`${headingId}-code`}>
        <h3 id={`${headingId}-code`}>{t('coupleExchange.code.heading', { name })}</h3>
        <p>{t('coupleExchange.code.lede', { name })}</p>
        <PairingCode code={status.partner.code} />
        <p className="hint">{t('coupleExchange.code.allTwelve')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() =>
              act(async () => {
                setStatus(await call('couple:exchange:confirm', { codesMatch: true }));
                setNote(t('coupleExchange.code.paired', { name }));
              })
            }
          >
            {t('coupleExchange.code.match')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              act(async () => {
                setStatus(await call('couple:exchange:confirm', { codesMatch: false }));
                setNote(t('coupleExchange.code.mismatched', { name }));
              })
            }
          >
            {t('coupleExchange.code.noMatch')}
          </button>
        </div>
      </section>
    );
  } else if (answering) {
    body = (
      <ExchangeAnswering
        role={answering}
        name={status.name}
        onMade={(next) => {
          setNote('');
          setStatus(next);
          setAnswering(null);
          backToTop();
        }}
        onPause={() => {
          setAnswering(null);
          setNote(t('couple.stop.paused'));
          backToTop();
        }}
      />
    );
  } else {
    body = (
      <PairedHome
        status={status}
        busy={busy}
        act={act}
        setStatus={setStatus}
        setNote={setNote}
        setProblem={setProblem}
        answer={(role) => {
          setNote('');
          setProblem(null);
          setAnswering(role);
        }}
      />
    );
  }

  return (
    <div className="exchange" aria-labelledby={headingId} role="region">
      <div className="exchange-head">
        <button type="button" className="button" onClick={() => onBack()}>
          <ArrowLeft size={16} aria-hidden /> {t('coupleExchange.back')}
        </button>
      </div>
      <h3 id={headingId} className="exchange-title" ref={titleRef} tabIndex={-1}>
        {t('coupleExchange.heading')}
      </h3>
      {status?.partner === null || status?.name === null ? (
        <>
          <p>{t('coupleExchange.intro')}</p>
          <p className="hint">{t('coupleExchange.sealedHint')}</p>
        </>
      ) : null}
      <p className="saved-status" role="status">
        {note}
      </p>
      {problem ? (
        <p className="message error" role="alert">
          {problem}
        </p>
      ) : null}
      {body}
    </div>
  );
}

function NameForm({ busy, onSubmit }: { busy: boolean; onSubmit: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="couple-card"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') setMissing(true);
        else onSubmit(name.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('coupleExchange.card.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-invalid={missing || undefined}
          onChange={(event) => {
            setName(event.target.value);
            setMissing(false);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('coupleExchange.card.nameHint')}
        </p>
        {missing ? (
          <p className="field-error" role="alert">
            {t('coupleExchange.card.nameMissing')}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {t('coupleExchange.card.continue')}
        </button>
      </div>
    </form>
  );
}

/** Twelve groups of five digits, large and spaced, read group by group by screen readers. */
function PairingCode({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <ol className="exchange-code" aria-label={t('coupleExchange.code.label')} data-testid="pairing-code">
      {code.split(' ').map((group, i) => (
        <li key={i}>{group}</li>
      ))}
    </ol>
  );
}

function PairedHome({
  status,
  busy,
  act,
  setStatus,
  setNote,
  setProblem,
  answer,
}: {
  status: ExchangeStatus;
  busy: boolean;
  act: (action: () => Promise<void>) => Promise<void>;
  setStatus: (status: ExchangeStatus) => void;
  setNote: (note: string) => void;
  setProblem: (problem: string) => void;
  answer: (role: 'initiator' | 'responder') => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const name = status.partner!.name;
  const { desire } = status;

  const importFile = () =>
    act(async () => {
      const result = await call('couple:exchange:import', undefined);
      if (result.status === 'imported') {
        setStatus(result.exchange);
        setNote(t(`coupleExchange.imported.${result.step}`, { name }));
      } else if (result.status === 'refused') {
        setProblem(t(`coupleExchange.refused.${result.code}`, { name }));
      }
    });
  const stop = () =>
    act(async () => {
      setStatus(await call('couple:exchange:stop', undefined));
      setNote(t('coupleExchange.home.stopped'));
    });

  const importButton = (
    // Secondary while a file of mine still waits to be saved: that comes first.
    <button
      type="button"
      className={status.outgoing ? 'button' : 'button primary'}
      disabled={busy}
      onClick={importFile}
    >
      {t('coupleExchange.home.importFrom', { name })}
    </button>
  );
  const stopButton = (
    <button type="button" className="button" disabled={busy} onClick={stop}>
      {t('coupleExchange.home.stop')}
    </button>
  );

  return (
    <div className="exchange-home">
      <p className="couple-partners">{t('coupleExchange.home.pairedWith', { name })}</p>
      {status.outgoing ? (
        <FileStep kind={status.outgoing} name={name} busy={busy} act={act} setNote={setNote} />
      ) : null}
      {desire.stage === 'done' ? (
        <Overlaps overlaps={desire.overlaps.map((o) => ({ itemId: o.itemId, a: o.mine, b: o.theirs }))} />
      ) : null}
      <article className="couple-card" aria-labelledby={`${id}-desire`}>
        <h4 id={`${id}-desire`}>{t('coupleExchange.home.desireName')}</h4>
        {desire.stage === 'idle' ? (
          <>
            <p>{t('coupleExchange.home.desireWhat')}</p>
            <p className="hint">
              {t('couple.list.framework')}: {DESIRE_LIST.framework[lang]}
            </p>
            <div className="button-row">
              <button type="button" className="button primary" onClick={() => answer('initiator')}>
                {t('coupleExchange.home.invite', { name })}
              </button>
              <button type="button" className="button" disabled={busy} onClick={importFile}>
                {t('coupleExchange.home.importFrom', { name })}
              </button>
            </div>
          </>
        ) : desire.stage === 'offered' || desire.stage === 'replied' ? (
          <>
            <p className="couple-state" data-testid="exchange-waiting">
              {desire.stage === 'offered'
                ? t('coupleExchange.home.waitingReply', { name })
                : t('coupleExchange.home.waitingFinish', { name })}
            </p>
            <p className="hint">{t('coupleExchange.home.order')}</p>
            <div className="button-row">
              {importButton}
              {stopButton}
            </div>
          </>
        ) : desire.stage === 'invited' ? (
          <>
            <p className="couple-state">{t('coupleExchange.home.invited', { name })}</p>
            <p>{t('coupleExchange.home.desireWhat')}</p>
            <div className="button-row">
              <button type="button" className="button primary" onClick={() => answer('responder')}>
                {t('coupleExchange.home.answer')}
              </button>
              {stopButton}
            </div>
          </>
        ) : (
          <>
            <p className="hint">{t('coupleExchange.overlaps.honestAcross')}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => answer('initiator')}>
                {t('coupleExchange.home.newList')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={importFile}>
                {t('coupleExchange.home.importFrom', { name })}
              </button>
            </div>
          </>
        )}
      </article>
      <details className="couple-more">
        <summary>{t('coupleExchange.code.show')}</summary>
        <PairingCode code={status.partner!.code} />
        <p className="hint">{t('coupleExchange.home.forgetHint', { name })}</p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            act(async () => {
              setStatus(await call('couple:exchange:forget', undefined));
              setNote(t('coupleExchange.home.forgotten', { name }));
            })
          }
        >
          {t('coupleExchange.home.forget', { name })}
        </button>
      </details>
      <p className="hint">{t('coupleExchange.sealedHint')}</p>
    </div>
  );
}

/** A file this computer made: what it holds, in plain words, and a button to save it (again). */
function FileStep({
  kind,
  name,
  busy,
  act,
  setNote,
}: {
  kind: OutgoingKind;
  name: string;
  busy: boolean;
  act: (action: () => Promise<void>) => Promise<void>;
  setNote: (note: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      className="couple-card couple-handover"
      aria-labelledby={`${id}-file`}
      data-testid="exchange-file"
    >
      <h4 id={`${id}-file`}>{t(`coupleExchange.file.${kind}Heading`, { name })}</h4>
      <p>{t(`coupleExchange.file.${kind}`, { name })}</p>
      <p className="hint">{t(`coupleExchange.file.next.${kind}`, { name })}</p>
      <button
        type="button"
        className="button primary"
        disabled={busy}
        onClick={() =>
          act(async () => {
            const saved = await call('couple:exchange:saveFile', undefined);
            if (saved.status === 'saved')
              setNote(t('coupleExchange.file.saved', { fileName: saved.fileName, name }));
          })
        }
      >
        {t('coupleExchange.file.save')}
      </button>
    </section>
  );
}
