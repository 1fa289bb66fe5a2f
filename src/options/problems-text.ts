import type { TFunction } from 'i18next';

/** Unreadable stored values (UserData.problems keys) named the way the page names them. */
export function problemsText(t: TFunction, problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  if (problems.includes('storage')) return t('options.errors.storage');
  const names = problems.map((key) => {
    if (key === 'profile') return t('options.profile.title');
    if (key.startsWith('profile.')) {
      const field = key.slice('profile.'.length);
      return `${t('options.profile.title')}: ${t(`options.profile.${field === 'reminderOffsets' ? 'offsets' : field}`, { defaultValue: field })}`;
    }
    const id = key.replace(/^(letter|custom):/, '');
    return t(`scenarios.${id}.name`, { defaultValue: id });
  });
  return t('options.errors.problems', { items: names.join(t('options.listSeparator')) });
}
