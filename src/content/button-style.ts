/** The compose button lives in the page's DOM; these rules keep the page's CSS from reshaping it. */
export const BUTTON_CSS = `
button[data-tactful=compose-button]{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;
width:32px;height:32px;margin:0 4px;border-radius:50%;color:#444746;cursor:pointer;vertical-align:middle}
button[data-tactful=compose-button]:hover{background:rgba(68,71,70,.08)}
button[data-tactful=compose-button]:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
button[data-tactful=compose-button][data-tactful-floating]{position:absolute;right:12px;bottom:12px;z-index:2147483000;
background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.3)}
@media (prefers-color-scheme:dark){button[data-tactful=compose-button][data-tactful-floating]{background:#303134;color:#e8eaed}}
`;

export function addButtonStyle(signal: AbortSignal): void {
  const style = document.createElement('style');
  style.dataset.tactful = 'button-style';
  style.textContent = BUTTON_CSS;
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
}
