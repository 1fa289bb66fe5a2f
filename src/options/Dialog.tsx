import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  title: string;
  /** Escape, or a click on the cancelling button. */
  onCancel(): void;
  children: ComponentChildren;
}

/** A modal dialog: the browser traps focus inside and gives it back when it closes. */
export function Dialog({ title, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const unmounting = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      unmounting.current = true;
      dialog?.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      // A second Escape may close it without a cancel event (the browser's close watcher).
      onClose={() => {
        if (!unmounting.current) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

export interface DialogAction {
  label: string;
  tactful: string;
  primary?: boolean;
  onClick(): void;
}

/** A question with a few clear answers; the last one is the safe "cancel". */
export function ChoiceDialog({ title, text, actions, onCancel }: { title: string; text: string; actions: readonly DialogAction[]; onCancel(): void }) {
  return (
    <Dialog title={title} onCancel={onCancel}>
      <p>{text}</p>
      <div class="dialog-actions">
        {actions.map((action) => (
          <button key={action.tactful} type="button" data-tactful={action.tactful} class={action.primary ? 'primary' : undefined} onClick={action.onClick}>
            {action.label}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
