import type { Answers } from '@certhub/contracts';
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError } from '../../api/client';
import type { AnswersStore } from './answers-store';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Another save (another tab, a colleague) came first: this one was refused, nothing overwritten. */
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

/** Saves the given answers as a draft of `revision`; answers the new revision. */
export type SaveDraft = (revision: number, answers: Answers) => Promise<number>;

/**
 * Draft saves a moment after typing stops, of the changed answers only (the API merges them), naming
 * the revision loaded: a stale one is refused (409) and the page says so instead of overwriting.
 */
export class Autosaver {
  private state: SaveState = { kind: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<boolean> | undefined;
  private seen: number;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: AnswersStore,
    public revision: number,
    private readonly save: SaveDraft,
    private readonly delayMs = 800,
  ) {
    this.seen = store.changes;
  }

  /** Follows the store: each change typed (re)starts the countdown; returns the unsubscription. */
  start(): () => void {
    const stop = this.store.subscribe(() => {
      if (this.store.changes === this.seen || this.state.kind === 'conflict') return;
      this.seen = this.store.changes;
      this.set({ kind: 'pending' });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
    });
    return () => {
      stop();
      clearTimeout(this.timer);
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): SaveState => this.state;

  /** Saves now what is left to save; true when everything typed is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.running) await this.running;
    if (this.state.kind === 'conflict') return false;
    if (!this.store.hasChanges()) return this.state.kind !== 'failed';
    this.running = this.saveChanges();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** After a conflict: the saved answers and revision, this tab's changes on top, saved again. */
  async resume(saved: Answers, revision: number): Promise<boolean> {
    this.store.rebase(saved, this.store.takeChanges());
    this.revision = revision;
    this.set({ kind: 'pending' });
    return this.flush();
  }

  private async saveChanges(): Promise<boolean> {
    const changes = this.store.takeChanges();
    this.set({ kind: 'saving' });
    try {
      this.revision = await this.save(this.revision, changes);
      this.set({ kind: 'saved', at: new Date() });
      // Typed while the save was on its way: saved next.
      if (this.store.hasChanges()) return await this.saveChanges();
      return true;
    } catch (error) {
      this.store.restore(changes);
      this.set(
        error instanceof ApiError && error.problem.status === 409
          ? { kind: 'conflict' }
          : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
      );
      return false;
    }
  }

  private set(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export function useSaveState(autosaver: Autosaver | undefined): SaveState {
  return useSyncExternalStore(
    (listener) => autosaver?.subscribe(listener) ?? (() => undefined),
    () => autosaver?.current() ?? IDLE,
  );
}
const IDLE: SaveState = { kind: 'idle' };

/** Leaving the tab with unsaved answers asks first; leaving the page within the app saves them. */
export function useSaveOnLeave(autosaver: Autosaver | undefined): void {
  useEffect(() => {
    if (!autosaver) return;
    const stop = autosaver.start();
    const warn = (event: BeforeUnloadEvent) => {
      const { kind } = autosaver.current();
      if (kind === 'pending' || kind === 'saving' || kind === 'failed' || kind === 'conflict') {
        event.preventDefault();
        void autosaver.flush();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      stop();
      void autosaver.flush();
    };
  }, [autosaver]);
}
