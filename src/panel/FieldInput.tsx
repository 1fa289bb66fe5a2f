import type { i18n } from 'i18next';
import { MAX_FIELD_LENGTH, type FieldProblem } from '../letters/validate-fields';
import type { FieldSpec } from '../letters/types';

interface Props {
  i18n: i18n;
  field: FieldSpec;
  value: string | boolean;
  problem: FieldProblem | null;
  showProblem: boolean;
  onChange(value: string | boolean): void;
}

/** One field of the letter form, labelled, with its validation message. */
export function FieldInput({ i18n, field, value, problem, showProblem, onChange }: Props) {
  const t = i18n.t;
  const id = `tactful-field-${field.id}`;
  const label = t(`fields.${field.id}`);
  const errorId = `${id}-error`;
  const invalid = showProblem && problem !== null;
  const common = {
    id,
    name: field.id,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? errorId : field.type === 'list' ? `${id}-hint` : undefined,
    'aria-required': field.required ? ('true' as const) : undefined,
  };
  const text = typeof value === 'string' ? value : '';

  if (field.type === 'yesNo') {
    return (
      <div class="field field-check">
        <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />
        <label for={id}>{label}</label>
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
        inputMode={field.type === 'money' ? 'decimal' : undefined}
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
