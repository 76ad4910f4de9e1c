import type { Handlers } from '../../../shared/ipc/contract';
import type { VaultClient } from '../vault/vaultClient';

type TagChannel = Extract<keyof Handlers, `tags:${string}`>;

/** The tag channels: each one call into the vault worker, where the catalogue lives. */
export function tagHandlers(vault: VaultClient): Pick<Handlers, TagChannel> {
  return {
    'tags:list': () => vault.call('tags.list', null),
    'tags:create': ({ name, colour }) => vault.call('tags.create', { name, colour }),
    'tags:update': ({ id, name, colour }) => vault.call('tags.update', { id, name, colour }),
    'tags:merge': ({ from, into }) => vault.call('tags.merge', { from, into }),
    'tags:delete': async ({ id }) => {
      await vault.call('tags.delete', { id });
      return { id };
    },
  };
}
