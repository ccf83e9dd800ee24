// The buttons a ButtonRow shows, and the one order every dialog and banner puts them in.

/** One button of a row. `primary` is the expected answer; `danger` loses something. */
export interface RowButton {
  label: string;
  onclick?: () => void;
  kind?: 'primary' | 'secondary' | 'danger';
  testid?: string;
  disabled?: boolean;
  /** Takes the focus when the dialog opens. */
  autofocus?: boolean;
  /** `submit` sends the dialog's form (Enter in a field does the same). */
  type?: 'button' | 'submit';
}

/**
 * The desktop order used across the app (GNOME and macOS alike): a button that throws
 * work away stands apart at the start, the primary answer comes last, nearest the
 * pointer's usual path; the rest keep the order they were given in.
 */
export function inRowOrder(buttons: readonly RowButton[]): { apart: RowButton[]; main: RowButton[] } {
  const kindOf = (b: RowButton) => b.kind ?? 'secondary';
  return {
    apart: buttons.filter((b) => kindOf(b) === 'danger'),
    main: [...buttons.filter((b) => kindOf(b) === 'secondary'), ...buttons.filter((b) => kindOf(b) === 'primary')],
  };
}
