import type { i18n } from 'i18next';
import { MAX_FIELD_LENGTH, type FieldProblem } from '../letters/validate-fields';
import type { FieldSpec } from '../letters/types';

interface Props {
  i18n: i18n;
  field: FieldSpec;
  value: string | boolean;
  problem: FieldProblem | null;
  showProblem: boolean;
  /** A short note under the control (what a yes/no implies). */
  note?: string;
  onChange(value: string | boolean): void;
}

/** One field of the letter form, labelled, with its validation message. */
export function FieldInput({ i18n, field, value, problem, showProblem, note, onChange }: Props) {
  const t = i18n.t;
  const id = `tactful-field-${field.id}`;
  const label = t(`fields.${field.id}`);
  const errorId = `${id}-error`;
  const invalid = showProblem && problem !== null;
  const noteId = `${id}-note`;
  const hintId = field.type === 'list' ? `${id}-hint` : note ? noteId : undefined;
  const common = {
    id,
    name: field.id,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? errorId : hintId,
    'aria-required': field.required ? ('true' as const) : undefined,
  };
  const text = typeof value === 'string' ? value : '';

  if (field.type === 'yesNo') {
    return (
      <div class="field field-check">
        <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />
        <label for={id}>{label}</label>
        {note && <span class="hint field-note" id={noteId}>{note}</span>}
      </div>
    );
  }

  if (field.type === 'choice') {
    const options = field.options ?? [];
    return (
      <div class="field field-choice">
        <label for={id}>{label}</label>
        <select {...common} value={options.includes(text) ? text : (field.default ?? options[0])} onChange={(e) => onChange(e.currentTarget.value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`fields.${field.id}Options.${option}`)}
            </option>
          ))}
        </select>
      </div>
    );
  }

  let control;
  if (field.type === 'longText' || field.type === 'list') {
    control = <textarea {...common} rows={field.type === 'list' ? 3 : 2} value={text} onInput={(e) => onChange(e.currentTarget.value)} />;
  } else {
    // Preact's types pair each input type with its own attributes; these three share ours.
    const type = (field.type === 'date' ? 'date' : field.type === 'days' ? 'number' : 'text') as 'text';
    control = (
      <input
        {...common}
        type={type}
        value={text}
        inputMode={field.type === 'money' || field.type === 'percent' ? 'decimal' : undefined}
        maxLength={field.type === 'currency' ? 3 : undefined}
        autocomplete="off"
        onInput={(e) => onChange(field.type === 'currency' ? e.currentTarget.value.toUpperCase() : e.currentTarget.value)}
      />
    );
  }

  return (
    <div class={`field field-${field.type}`}>
      <label for={id}>
        {label}
        {!field.required && <span class="optional"> · {t('panel.optional')}</span>}
      </label>
      {control}
      {field.type === 'list' && <span class="hint" id={`${id}-hint`}>{t('panel.listHint')}</span>}
      {invalid && (
        <span class="error" id={errorId}>
          {t(`validation.${problem}`, { field: label, max: MAX_FIELD_LENGTH })}
        </span>
      )}
    </div>
  );
}
