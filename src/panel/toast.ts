const TOAST_MS = 4000;

/** A brief message at the bottom of the page, announced to screen readers, in its own shadow root. */
export function showToast(text: string, role: 'status' | 'alert'): void {
  const host = document.createElement('tactful-toast');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', role);
  box.textContent = text;
  const style = document.createElement('style');
  style.textContent = `div{position:fixed;left:50%;bottom:24px;transform:translateX(-50%);z-index:2147483647;max-width:min(480px,90vw);
padding:10px 16px;border-radius:8px;background:#1f1f1f;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)}`;
  shadow.append(style, box);
  document.body.append(host);
  setTimeout(() => host.remove(), TOAST_MS);
}
