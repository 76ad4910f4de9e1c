import type { ComponentType, ReactNode } from 'react';
import type { CoupleStatus, PartnerId, PartnerProfile } from '../../../../shared/domain/couple';
import { SensateCard } from './SensateCard';
import { ExportCard } from './ExportCard';
import { TalkCard } from './TalkCard';
import { ExchangeCard } from './ExchangeCard';

/**
 * What the couple space's home gives each exercise card. A card shows the exercise's state
 * and opens its own screens with `open(panel)`; those screens call `home(message)` to come
 * back (the message is announced in the home's status line). Each exercise keeps its own
 * state and talks to its own couple:* channels.
 */
export interface CoupleExerciseCardProps {
  partners: Record<PartnerId, PartnerProfile>;
  open: (panel: ReactNode) => void;
  home: (message?: string) => void;
  /** For an exercise whose channel returns the whole couple status. */
  refresh: (status: CoupleStatus) => void;
}

export interface CoupleExercise {
  id: string;
  Card: ComponentType<CoupleExerciseCardProps>;
}

/**
 * The exercises after the desire list (which Couple.tsx draws itself), in the order the home
 * lists them. Add one line per exercise.
 */
export const COUPLE_EXERCISES: readonly CoupleExercise[] = [
  { id: 'sensate', Card: SensateCard },
  { id: 'talk', Card: TalkCard },
  { id: 'exchange', Card: ExchangeCard },
  // Last: the summary gathers what the exercises above revealed.
  { id: 'export', Card: ExportCard },
];
