import type { i18n } from 'i18next';
import { useState } from 'preact/hooks';
import { FIELD_VOCABULARY } from '../letters/catalogue';
import { Dialog } from './Dialog';

interface Props {
  i18n: i18n;
  mode: 'duplicate' | 'edit';
  /** The situation the letters come from, by name. */
  baseName: string;
  initialName: string;
  initialFields: readonly string[];
  onConfirm(name: string, fieldIds: string[]): void;
  onCancel(): void;
}

/** Name an own situation and choose the details its letter can use. */
export function ScenarioDialog({ i18n, mode, baseName, initialName, initialFields, onConfirm, onCancel }: Props) {
  const t = i18n.t;
  const [name, setName] = useState(initialName);
  const [fields, setFields] = useState<ReadonlySet<string>>(new Set(initialFields));
  const [nameMissing, setNameMissing] = useState(false);

  const toggle = (id: string, on: boolean) =>
    setFields((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    // Vocabulary order, so the panel lists the details in a familiar order.
    onConfirm(name.trim(), FIELD_VOCABULARY.map((field) => field.id).filter((id) => fields.has(id)));
  };

  return (
    <Dialog title={t(mode === 'duplicate' ? 'options.custom.duplicateTitle' : 'options.custom.editTitle')} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        {mode === 'duplicate' && <p class="hint">{t('options.custom.intro', { name: baseName })}</p>}
        <div class="field">
          <label for="custom-name">{t('options.custom.name')}</label>
          <input
            id="custom-name"
            name="scenarioName"
            maxLength={120}
            value={name}
            aria-invalid={nameMissing ? 'true' : undefined}
            aria-describedby={nameMissing ? 'custom-name-error' : undefined}
            onInput={(event) => {
              setName(event.currentTarget.value);
              setNameMissing(false);
            }}
          />
          {nameMissing && (
            <span id="custom-name-error" class="error">
              {t('options.custom.nameRequired')}
            </span>
          )}
        </div>
        <fieldset class="field-choices">
          <legend>{t('options.custom.fields')}</legend>
          {FIELD_VOCABULARY.map((field) => (
            <label key={field.id} class="check">
              <input type="checkbox" name="fieldIds" value={field.id} checked={fields.has(field.id)} onChange={(event) => toggle(field.id, event.currentTarget.checked)} />
              {t(`fields.${field.id}`)}
            </label>
          ))}
        </fieldset>
        <div class="dialog-actions">
          <button type="submit" class="primary" data-tactful="confirm">
            {t(mode === 'duplicate' ? 'options.custom.create' : 'options.custom.apply')}
          </button>
          <button type="button" data-tactful="cancel" onClick={onCancel}>
            {t('options.custom.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
