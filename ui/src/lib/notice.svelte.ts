// The short note at the bottom of the window ("Booking … moved to the bin" + Undo),
// shared so a screen can leave a note that outlives it.

/** A note and its optional action. */
export interface Note {
  /** What happened. */
  text: string;
  /** The action's caption, e.g. "Undo". */
  action?: string;
  /** What the action does. */
  run?: () => void;
}

class Notice {
  current = $state<Note | null>(null);

  /** Shows a note, replacing the one shown. */
  show(note: Note): void {
    this.current = note;
  }

  /** Hides the note. */
  clear(): void {
    this.current = null;
  }
}

/** The window's note. */
export const notice = new Notice();
