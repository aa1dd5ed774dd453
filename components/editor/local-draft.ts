/**
 * Unsaved editor state kept in the browser, so that a reload, a crash or a dropped
 * connection loses nothing: written while typing, removed once the server has it, offered
 * back when the editor opens and finds it differs from what the server has.
 */
export type LocalDraft<V> = { head: number; values: V; at: string };

const key = (id: string) => `einblick:draft:${id}`;

export function readLocalDraft<V>(id: string): LocalDraft<V> | null {
  try {
    const raw = window.localStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as LocalDraft<V>) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft<V>(id: string, draft: LocalDraft<V>): void {
  try {
    window.localStorage.setItem(key(id), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the server copy is all there is.
  }
}

export function clearLocalDraft(id: string): void {
  try {
    window.localStorage.removeItem(key(id));
  } catch {
    // Nothing to clear.
  }
}
