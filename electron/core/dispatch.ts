import { AppError, fail, ok, type IpcResult } from '../../shared/errors';
import { contract, isChannel, type Channel, type Handlers } from '../../shared/ipc/contract';

export interface DispatchLogger {
  error(message: string, detail?: Record<string, unknown>): void;
}

/**
 * The single gate between an untrusted caller (the renderer via IPC, or the loopback test
 * bridge) and the core: checks the channel, parses the input with the contract's schema,
 * runs the handler and parses its output, and folds every failure into the envelope.
 * Errors are logged by code and channel only — never with inputs, which may hold journal text.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  logger?: DispatchLogger,
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return fail({ code: 'FORBIDDEN', message: 'unknown channel' });
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return fail({
      code: 'VALIDATION',
      message: parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; '),
    });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return ok(spec.output.parse(value));
  } catch (error) {
    if (error instanceof AppError) return fail(error.toShape());
    logger?.error('unexpected handler failure', {
      channel: channel satisfies Channel,
      kind: error instanceof Error ? error.name : typeof error,
    });
    return fail({ code: 'INTERNAL', message: 'unexpected failure in the core' });
  }
}
