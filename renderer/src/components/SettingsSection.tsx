import { useId, type ReactNode } from 'react';

export type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/** One titled block of the settings screen. */
export function Section({
  icon,
  title,
  help,
  children,
}: {
  icon: ReactNode;
  title: string;
  help?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>
        {icon} {title}
      </h3>
      {help ? <p className="hint">{help}</p> : null}
      {children}
    </section>
  );
}

/** The outcome of the last action: read out politely when it worked, at once when it failed. */
export function FeedbackLine({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <p
      className={`message ${feedback.kind === 'ok' ? 'info' : 'error'}`}
      role={feedback.kind === 'ok' ? 'status' : 'alert'}
    >
      {feedback.text}
    </p>
  );
}
