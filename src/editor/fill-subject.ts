/** Fill an empty subject the way typing would, so the site's own state (React on Outlook) follows. */
export function fillSubject(input: HTMLInputElement, subject: string): boolean {
  if (input.value.trim() !== '' || subject === '') return false;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, subject);
  else input.value = subject;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
