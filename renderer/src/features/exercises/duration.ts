import type { TFunction } from 'i18next';

/** A length of time in words: "45 s", "5 min", "4 min 12 s". */
export function formatDuration(t: TFunction, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return t('exercises.time.seconds', { seconds });
  if (seconds === 0) return t('exercises.time.minutes', { minutes });
  return t('exercises.time.minutesSeconds', { minutes, seconds });
}

/** A countdown as a clock reads it: "4:05". */
export function formatClock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  return `${minutes}:${String(totalSeconds % 60).padStart(2, '0')}`;
}
