import { Hand, LifeBuoy, ListChecks, MessageSquare, Phone, Plus, Siren, Wind, X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CRISIS_REGIONS,
  DEFAULT_REGION,
  isRegionCode,
  regionByCode,
  type CrisisLine,
  type CrisisRegion,
  type LocalizedText,
  type RegionCode,
} from '../../../../shared/content/crisisResources';
import {
  MAX_SAFETY_PLAN_ITEM_CHARS,
  MAX_SAFETY_PLAN_ITEMS,
  SAFETY_PLAN_SECTIONS,
  type SafetyPlanSection,
} from '../../../../shared/domain/safetyPlanSections';
import type { SafetyPlan } from '../../../../shared/domain/safety';
import { FeedbackLine, type Feedback } from '../../components/SettingsSection';
import { BreathingPacer } from './BreathingPacer';
import { GroundingSteps } from './GroundingSteps';
import './safety.css';

export interface SafetyScreenProps {
  onClose: () => void;
  /** The region whose crisis lines are shown; the user can change it here. */
  region: RegionCode;
  onRegionChange: (region: RegionCode) => void;
  /** The user's safety plan; null while the journal is locked (the plan lives inside it). */
  plan: SafetyPlan | null;
  /** Saves the plan; without it the plan is shown read-only. */
  onSavePlan?: (plan: SafetyPlan) => Promise<void>;
  /** An optional explanation shown at the top, e.g. why the screen opened. */
  reason?: string;
}

type Language = keyof LocalizedText;

/** User text goes into labels as typed: React escapes it, i18next must not escape it again. */
const RAW = { interpolation: { escapeValue: false } } as const;

/**
 * The safety screen: the emergency number, the region's crisis lines, two calming exercises and the
 * personal safety plan. It never contacts anyone and never links anywhere: numbers are plain text to
 * dial from a phone. It works whether the journal is locked or not; only the plan needs it unlocked.
 */
export function SafetyScreen({
  onClose,
  region,
  onRegionChange,
  plan,
  onSavePlan,
  reason,
}: SafetyScreenProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const language: Language = (i18n.resolvedLanguage ?? i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const resources: CrisisRegion = regionByCode(region) ?? regionByCode(DEFAULT_REGION) ?? CRISIS_REGIONS[0]!;

  // A new screen: start reading at its title.
  useEffect(() => titleRef.current?.focus(), []);

  return (
    <section className="safety" aria-labelledby={titleId}>
      <div className="safety-head">
        <h1 id={titleId} ref={titleRef} tabIndex={-1}>
          <LifeBuoy size={26} aria-hidden />
          {t('safety.title')}
        </h1>
        <button type="button" className="button" onClick={onClose}>
          <X size={18} aria-hidden />
          {t('safety.close')}
        </button>
      </div>
      {reason ? <p className="message info">{reason}</p> : null}
      <p className="safety-lede">{t('safety.lede')}</p>
      <p className="hint safety-privacy">{t('safety.privacy')}</p>

      <Block
        className="safety-emergency"
        icon={<Siren size={20} aria-hidden />}
        title={t('safety.emergency.heading')}
      >
        <p className="safety-emergency-label">
          {t('safety.emergency.numberLabel', { region: resources.name[language] })}
        </p>
        <p className="safety-emergency-number">{resources.emergency}</p>
        <p className="safety-emergency-now">
          {t('safety.emergency.now', { emergency: resources.emergency })}
        </p>
      </Block>

      <Block icon={<Phone size={20} aria-hidden />} title={t('safety.lines.heading')}>
        <p>{t('safety.lines.intro')}</p>
        <RegionPicker region={resources.region} language={language} onChange={onRegionChange} />
        <ul className="safety-lines">
          {resources.lines.map((line) => (
            <CrisisLineItem key={line.id} line={line} language={language} />
          ))}
        </ul>
        <p className="hint safety-verified">
          {t('safety.lines.verified', { date: formatDay(resources.lastVerified, i18n.language) })}
        </p>
      </Block>

      <Block icon={<Wind size={20} aria-hidden />} title={t('safety.breathing.heading')}>
        <p className="hint">{t('safety.breathing.framework')}</p>
        <p>{t('safety.breathing.intro')}</p>
        <BreathingPacer />
      </Block>

      <Block icon={<Hand size={20} aria-hidden />} title={t('safety.grounding.heading')}>
        <p className="hint">{t('safety.grounding.framework')}</p>
        <p>{t('safety.grounding.intro')}</p>
        <GroundingSteps />
      </Block>

      <Block icon={<ListChecks size={20} aria-hidden />} title={t('safety.plan.heading')}>
        <p>{t('safety.plan.intro')}</p>
        <p className="hint">{t('safety.plan.framework')}</p>
        {plan ? (
          <SafetyPlanEditor plan={plan} onSave={onSavePlan} />
        ) : (
          <p className="message info">{t('safety.plan.locked')}</p>
        )}
      </Block>
    </section>
  );
}

/** One titled block of the screen (h2), named so it can be reached as a landmark. */
function Block({
  icon,
  title,
  className,
  children,
}: {
  icon: ReactNode;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={className ? `safety-block ${className}` : 'safety-block'} aria-labelledby={id}>
      <h2 id={id}>
        {icon}
        {title}
      </h2>
      {children}
    </section>
  );
}

/** "2026-11-30" as a day in the interface language; the date has no time zone, so format it in UTC. */
function formatDay(isoDate: string, language: string): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Where the person lives, which decides the helplines shown (here and, first, at onboarding). */
export function RegionPicker({
  region,
  language,
  onChange,
  label,
  hint,
}: {
  region: RegionCode;
  language: Language;
  onChange: (region: RegionCode) => void;
  label?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field safety-region">
      <label htmlFor={id}>{label ?? t('safety.lines.region')}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={region}
        onChange={(e) => {
          const picked = e.target.value;
          if (isRegionCode(picked)) onChange(picked);
        }}
      >
        {CRISIS_REGIONS.map((r) => (
          <option key={r.region} value={r.region}>
            {r.name[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A helpline as text only: its number is meant to be read and dialled, never a link. */
function CrisisLineItem({ line, language }: { line: CrisisLine; language: Language }) {
  const { t } = useTranslation();
  const KindIcon = line.kind === 'call' ? Phone : MessageSquare;
  return (
    <li className="safety-line">
      <h3>{line.name[language]}</h3>
      <p className="safety-number">
        <span className="safety-kind">
          <KindIcon size={14} aria-hidden />
          {t(`safety.lines.kind.${line.kind}`)}
        </span>{' '}
        <span className="safety-digits">{line.number}</span>
        {line.hours ? <span className="safety-hours">{line.hours[language]}</span> : null}
      </p>
      {line.textKeyword ? (
        <p className="safety-keyword">
          {t('safety.lines.textKeyword', { keyword: line.textKeyword, number: line.number })}
        </p>
      ) : null}
      {line.mnemonic ? (
        <p className="hint">{t('safety.lines.mnemonic', { mnemonic: line.mnemonic })}</p>
      ) : null}
      <p className="safety-description">{line.description[language]}</p>
    </li>
  );
}

/** Compares plans by content, so a parent re-creating the same plan does not reset the draft. */
function contentOf(plan: SafetyPlan): string {
  return JSON.stringify(SAFETY_PLAN_SECTIONS.map((section) => plan[section]));
}

/**
 * The plan as editable lists (read-only without onSave). Edits stay in a draft until Save; a new
 * plan from the parent replaces the draft unless the user has unsaved changes.
 */
function SafetyPlanEditor({
  plan,
  onSave,
}: {
  plan: SafetyPlan;
  onSave: ((plan: SafetyPlan) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState(() => contentOf(plan));
  const [draft, setDraft] = useState<SafetyPlan>(plan);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const incoming = contentOf(plan);
  if (incoming !== source) {
    setSource(incoming);
    if (!dirty) setDraft(plan);
  }

  function change(section: SafetyPlanSection, items: string[]) {
    setDraft((d) => ({ ...d, [section]: items }));
    setDirty(true);
    setFeedback(null);
  }

  async function save() {
    if (!onSave) return;
    // The schema loads on saving, not with the screen: the crisis lines above must show at once,
    // and the unlock screen (which this screen is part of) loads no schema library.
    const { SafetyPlanSchema } = await import('../../../../shared/domain/safety');
    const parsed = SafetyPlanSchema.safeParse({ ...draft, updatedAt: new Date().toISOString() });
    if (!parsed.success) return setFeedback({ kind: 'error', text: t('safety.plan.saveFailed') });
    setBusy(true);
    setFeedback(null);
    try {
      await onSave(parsed.data);
      setDirty(false);
      setFeedback({ kind: 'ok', text: t('safety.plan.saved') });
    } catch {
      setFeedback({ kind: 'error', text: t('safety.plan.saveFailed') });
    } finally {
      setBusy(false);
    }
  }

  const editable = onSave !== undefined;
  return (
    <div className="safety-plan">
      <ol className="plan-sections">
        {SAFETY_PLAN_SECTIONS.map((section) => (
          <PlanSection
            key={section}
            section={section}
            items={draft[section]}
            editable={editable}
            onChange={(items) => change(section, items)}
          />
        ))}
      </ol>
      {editable ? (
        <div className="plan-save">
          {dirty ? <p className="hint">{t('safety.plan.unsaved')}</p> : null}
          <FeedbackLine feedback={feedback} />
          <button
            type="button"
            className="button primary"
            onClick={() => void save()}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? t('safety.plan.saving') : t('safety.plan.save')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function PlanSection({
  section,
  items,
  editable,
  onChange,
}: {
  section: SafetyPlanSection;
  items: string[];
  editable: boolean;
  onChange: (items: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const title = t(`safety.plan.sections.${section}.title`);
  const full = items.length >= MAX_SAFETY_PLAN_ITEMS;

  function add(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value || full) return;
    onChange([...items, value]);
    setText('');
  }
  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    // The button is gone: keep focus in this section rather than losing it to the page.
    inputRef.current?.focus();
  }

  return (
    <li className="plan-section">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint" id={`${id}-hint`}>
        {t(`safety.plan.sections.${section}.hint`)}
      </p>
      {items.length === 0 ? (
        <p className="plan-empty">{t('safety.plan.empty')}</p>
      ) : (
        <ul className="plan-items" aria-labelledby={`${id}-title`}>
          {items.map((item, index) => (
            <li key={`${index}-${item}`} className="plan-item">
              <span className="plan-item-text">{item}</span>
              {editable ? (
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => remove(index)}
                  aria-label={t('safety.plan.removeLabel', { item, section: title, ...RAW })}
                >
                  <X size={16} aria-hidden />
                  {t('safety.plan.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <form className="plan-add" onSubmit={add} noValidate>
          <label htmlFor={`${id}-input`} className="visually-hidden">
            {t('safety.plan.newItem', { section: title, ...RAW })}
          </label>
          <div className="input-with-button">
            <input
              ref={inputRef}
              id={`${id}-input`}
              type="text"
              value={text}
              maxLength={MAX_SAFETY_PLAN_ITEM_CHARS}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={full ? `${id}-hint ${id}-full` : `${id}-hint`}
            />
            <button
              type="submit"
              className="button"
              disabled={full || !text.trim()}
              aria-label={t('safety.plan.addLabel', { section: title, ...RAW })}
            >
              <Plus size={16} aria-hidden />
              {t('safety.plan.add')}
            </button>
          </div>
          {full ? (
            <p className="hint" id={`${id}-full`}>
              {t('safety.plan.full', { max: MAX_SAFETY_PLAN_ITEMS })}
            </p>
          ) : null}
        </form>
      ) : null}
    </li>
  );
}
