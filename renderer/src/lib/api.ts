import type { AppErrorShape, IpcResult } from '../../../shared/errors';
import type {
  AlcoveBridge,
  Channel,
  EventName,
  EventPayload,
  Input,
  Output,
} from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the loopback bridge (tests, preview). */
    readonly alcove?: AlcoveBridge;
  }
}

/** Thrown by `call` when the core answers with an error envelope; `code` is the closed ErrorCode. */
export class CoreError extends Error {
  readonly code: AppErrorShape['code'];
  readonly retryAfterMs: number | undefined;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'CoreError';
    this.code = shape.code;
    this.retryAfterMs = shape.retryAfterMs;
  }
}

function bridge(): AlcoveBridge {
  if (!window.alcove) throw new CoreError({ code: 'INTERNAL', message: 'window.alcove is missing' });
  return window.alcove;
}

export function hasBridge(): boolean {
  return window.alcove !== undefined;
}

/** The raw envelope, for callers that branch on error codes without exceptions. */
export function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<IpcResult<Output<C>>> {
  return bridge().invoke(channel, input);
}

/** The value, or a CoreError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new CoreError(result.error);
  return result.value;
}

export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge().on(event, listener);
}

export function bridgeHost(): AlcoveBridge['host'] | null {
  return window.alcove?.host ?? null;
}
