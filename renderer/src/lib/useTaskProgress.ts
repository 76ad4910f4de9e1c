import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/contract';
import { onEvent } from './api';

type Task = EventPayload<'vault:progress'>['task'];
export type Progress = { done: number; total: number } | null;

/** The core's latest progress report for one long task (backup, restore, re-encryption); reset with the setter. */
export function useTaskProgress(task: Task): [Progress, (p: Progress) => void] {
  const [progress, setProgress] = useState<Progress>(null);
  useEffect(
    () =>
      onEvent('vault:progress', (p) => {
        if (p.task === task) setProgress({ done: p.done, total: p.total });
      }),
    [task],
  );
  return [progress, setProgress];
}
